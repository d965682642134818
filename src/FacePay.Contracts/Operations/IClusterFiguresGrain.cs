using FacePay.Domain.Operations;
using Orleans.Concurrency;

namespace FacePay.Contracts.Operations;

/// <summary>
/// The latest in-process figures of every live silo (key <see cref="Key"/>): each silo pushes its channel and face
/// figures every few seconds; a silo silent for longer than a few pushes drops out. Held in memory only: the next
/// pushes refill it after a move or restart.
/// </summary>
[Alias("FacePay.IClusterFiguresGrain")]
public interface IClusterFiguresGrain : IGrainWithStringKey
{
    /// <summary>The one grain's key.</summary>
    public const string Key = "cluster";

    /// <summary>Keeps a silo's latest figures.</summary>
    [Alias("Report")]
    Task ReportAsync(SiloFigures figures);

    /// <summary>The figures of the silos that reported recently, by silo name.</summary>
    [ReadOnly, Alias("GetSilos")]
    Task<IReadOnlyList<SiloFigures>> GetSilosAsync();
}
