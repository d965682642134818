using FacePay.Contracts.Operations;
using FacePay.Domain.Operations;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Operations;

/// <summary>Holds each live silo's latest figures in memory (see <see cref="IClusterFiguresGrain"/>; rules in <see cref="SiloFiguresBoard"/>).</summary>
public sealed class ClusterFiguresGrain(IOptions<OperationsOptions> options, TimeProvider time) : Grain, IClusterFiguresGrain
{
    private readonly SiloFiguresBoard _board = new();
    private readonly TimeSpan _maxAge = options.Value.FiguresMaxAge;

    /// <inheritdoc />
    public Task ReportAsync(SiloFigures figures)
    {
        _board.Report(figures);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SiloFigures>> GetSilosAsync() => Task.FromResult(_board.Current(time.GetUtcNow(), _maxAge));
}
