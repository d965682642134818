using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FacePay.Silo.Health;

/// <summary>
/// Ready when this silo is <see cref="SiloStatus.Active"/> in the cluster's membership: it has joined and takes grain
/// calls. Rolling upgrades and disruption budgets count a silo only once it is ready.
/// </summary>
/// <param name="membership">The cluster membership as this silo sees it.</param>
/// <param name="silo">This silo's address.</param>
public sealed class SiloActiveHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is active in the cluster.")
            : HealthCheckResult.Unhealthy($"The silo is {status} in the cluster."));
    }
}
