using FacePay.Cli.Cluster;

namespace FacePay.Cli.Commands.Cluster;

/// <summary>
/// The cluster as its membership table and silos report it: every silo with its status, uptime and load, and the
/// activations per grain type. Read through Orleans' management grain.
/// </summary>
/// <param name="ClusterId">The cluster id the client joined.</param>
/// <param name="ServiceId">The service id.</param>
/// <param name="At">When the status was read.</param>
/// <param name="Silos">The silos in the membership table (dead ones only with <c>--all</c>).</param>
/// <param name="HiddenDeadSilos">Dead silos not listed.</param>
/// <param name="TotalActivations">Activations across the active silos.</param>
/// <param name="Grains">Activations per grain type, most first.</param>
internal sealed record ClusterStatus(
    string ClusterId,
    string ServiceId,
    DateTimeOffset At,
    IReadOnlyList<ClusterStatus.Silo> Silos,
    int HiddenDeadSilos,
    long TotalActivations,
    IReadOnlyList<ClusterStatus.GrainTypeActivations> Grains)
{
    /// <summary>Reads the status.</summary>
    /// <param name="connection">The connected client.</param>
    /// <param name="includeDead">Whether to list dead silos too.</param>
    /// <param name="now">The clock, for uptimes.</param>
    public static async Task<ClusterStatus> ReadAsync(ClusterConnection connection, bool includeDead, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var management = connection.Grains.GetGrain<IManagementGrain>(0);
        var hosts = await management.GetDetailedHosts(onlyActive: false);
        var active = hosts.Where(h => h.Status == SiloStatus.Active).Select(h => h.SiloAddress).ToArray();
        var statistics = active.Length == 0 ? [] : await management.GetRuntimeStatistics(active);
        var bySilo = active.Zip(statistics).ToDictionary(p => p.First, p => p.Second);
        var grains = active.Length == 0 ? [] : await management.GetSimpleGrainStatistics(active);

        var silos = hosts
            .Where(h => includeDead || h.Status != SiloStatus.Dead)
            .OrderBy(h => h.Status == SiloStatus.Dead).ThenBy(h => h.SiloAddress.ToString(), StringComparer.Ordinal)
            .Select(h => Silo.From(h, bySilo.GetValueOrDefault(h.SiloAddress), now))
            .ToList();
        var types = grains
            .GroupBy(g => g.GrainType, StringComparer.Ordinal)
            .Select(g => new GrainTypeActivations(
                g.Key,
                g.Sum(s => (long)s.ActivationCount),
                g.GroupBy(s => s.SiloAddress.ToString(), StringComparer.Ordinal).ToDictionary(s => s.Key, s => s.Sum(x => (long)x.ActivationCount), StringComparer.Ordinal)))
            .OrderByDescending(t => t.Activations).ThenBy(t => t.GrainType, StringComparer.Ordinal)
            .ToList();
        return new ClusterStatus(
            connection.ClusterId,
            connection.ServiceId,
            now,
            silos,
            includeDead ? 0 : hosts.Count(h => h.Status == SiloStatus.Dead),
            statistics.Sum(s => (long)s.ActivationCount),
            types);
    }

    /// <summary>One silo.</summary>
    /// <param name="Address">Its silo address (endpoint and generation).</param>
    /// <param name="Name">Its silo name.</param>
    /// <param name="Host">The host it runs on.</param>
    /// <param name="Status">Its membership status.</param>
    /// <param name="GatewayPort">The port clients connect to (0: not a gateway).</param>
    /// <param name="StartedAt">When it started.</param>
    /// <param name="UptimeSeconds">Seconds since it started, while not dead.</param>
    /// <param name="LastAliveAt">Its last "I am alive" write in the membership table.</param>
    /// <param name="Activations">Grain activations it holds (active silos only).</param>
    /// <param name="CpuPercent">Its host's CPU use (smoothed).</param>
    /// <param name="MemoryBytes">Managed memory in use (smoothed).</param>
    /// <param name="Clients">Clients connected to it.</param>
    /// <param name="Overloaded">Whether it sheds load.</param>
    internal sealed record Silo(
        string Address,
        string Name,
        string Host,
        SiloStatus Status,
        int GatewayPort,
        DateTimeOffset StartedAt,
        long? UptimeSeconds,
        DateTimeOffset LastAliveAt,
        long? Activations,
        double? CpuPercent,
        long? MemoryBytes,
        long? Clients,
        bool? Overloaded)
    {
        public static Silo From(MembershipEntry entry, SiloRuntimeStatistics? statistics, DateTimeOffset now)
        {
            var started = new DateTimeOffset(DateTime.SpecifyKind(entry.StartTime, DateTimeKind.Utc));
            return new Silo(
                entry.SiloAddress.ToString(),
                entry.SiloName,
                entry.HostName,
                entry.Status,
                entry.ProxyPort,
                started,
                entry.Status == SiloStatus.Dead ? null : (long)Math.Max(0, (now - started).TotalSeconds),
                new DateTimeOffset(DateTime.SpecifyKind(entry.IAmAliveTime, DateTimeKind.Utc)),
                statistics?.ActivationCount,
                statistics is null ? null : Math.Round(statistics.EnvironmentStatistics.FilteredCpuUsagePercentage, 1),
                statistics?.EnvironmentStatistics.FilteredMemoryUsageBytes,
                statistics?.ClientCount,
                statistics?.IsOverloaded);
        }
    }

    /// <summary>Activations of one grain type.</summary>
    /// <param name="GrainType">The grain type.</param>
    /// <param name="Activations">Across the active silos.</param>
    /// <param name="BySilo">Per silo address.</param>
    internal sealed record GrainTypeActivations(string GrainType, long Activations, IReadOnlyDictionary<string, long> BySilo);
}
