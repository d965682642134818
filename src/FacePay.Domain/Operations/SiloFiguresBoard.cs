using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// The latest figures of each silo. A silo that stopped reporting (stopped, crashed, cut off) drops out once its last
/// report is older than the given age, so the sums describe the silos that are alive.
/// </summary>
public sealed class SiloFiguresBoard
{
    private ImmutableDictionary<string, SiloFigures> _silos = ImmutableDictionary.Create<string, SiloFigures>(StringComparer.Ordinal);

    /// <summary>Keeps a silo's report, unless an equally new or newer one of the same silo is already held.</summary>
    public void Report(SiloFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (_silos.TryGetValue(figures.Silo, out var held) && held.ReportedAt >= figures.ReportedAt)
        {
            return;
        }

        _silos = _silos.SetItem(figures.Silo, figures);
    }

    /// <summary>The reports no older than <paramref name="maxAge"/> at <paramref name="now"/>, by silo name; older ones are forgotten.</summary>
    public IReadOnlyList<SiloFigures> Current(DateTimeOffset now, TimeSpan maxAge)
    {
        _silos = _silos.RemoveRange(_silos.Values.Where(s => now - s.ReportedAt > maxAge).Select(s => s.Silo).ToList());
        return [.. _silos.Values.OrderBy(s => s.Silo, StringComparer.Ordinal)];
    }
}
