using System.Net;

namespace FacePay.Cli.Commands.Load;

/// <summary>
/// The guard that keeps <c>facepay load</c> on a developer's or test machine: every active silo must be on a loopback
/// address, so a load run can never be pointed at a shared or production cluster.
/// </summary>
public static class LoopbackCluster
{
    /// <summary>Null when every silo is on loopback, else why the run is refused.</summary>
    /// <param name="activeSilos">The active silos' endpoints.</param>
    public static string? Refusal(IReadOnlyCollection<IPEndPoint> activeSilos)
    {
        ArgumentNullException.ThrowIfNull(activeSilos);
        if (activeSilos.Count == 0)
        {
            return "the cluster has no active silo.";
        }

        var remote = activeSilos.FirstOrDefault(e => !IPAddress.IsLoopback(e.Address));
        return remote is null
            ? null
            : $"load runs only against a cluster on this machine, and silo {remote} is not on a loopback address ({activeSilos.Count(e => !IPAddress.IsLoopback(e.Address))} of {activeSilos.Count} silos are not).";
    }
}
