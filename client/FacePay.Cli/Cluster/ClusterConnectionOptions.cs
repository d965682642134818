using System.CommandLine;
using FacePay.Cli.Input;
using FacePay.Client;

namespace FacePay.Cli.Cluster;

/// <summary>
/// The one set of options by which every cluster command (orders, members, face enroll, cluster, load, recon) finds
/// the cluster. They override the client's configuration keys, which also come from the environment exactly as
/// for an embedded client: <c>FacePay__Client__PostgresConnectionString</c>, <c>FacePay__Client__ClusterId</c>,
/// <c>FacePay__Client__ServiceId</c>.
/// </summary>
public sealed class ClusterConnectionOptions
{
    /// <summary>The default of <see cref="ConnectTimeoutSeconds"/>.</summary>
    public const int DefaultConnectTimeoutSeconds = 30;

    /// <summary>The longest <see cref="ConnectTimeoutSeconds"/> accepted.</summary>
    public const int MaxConnectTimeoutSeconds = 300;

    /// <summary><c>--postgres</c>: the membership table's database.</summary>
    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = $"PostgreSQL connection string of the cluster's membership table (else ${EnvironmentName(nameof(FacePayClientOptions.PostgresConnectionString))}).",
        HelpName = "connection-string",
    };

    /// <summary><c>--cluster-id</c>.</summary>
    public Option<string?> ClusterId { get; } = new("--cluster-id")
    {
        Description = $"The Orleans cluster id (else ${EnvironmentName(nameof(FacePayClientOptions.ClusterId))}, else facepay-dev).",
        HelpName = "id",
    };

    /// <summary><c>--service-id</c>.</summary>
    public Option<string?> ServiceId { get; } = new("--service-id")
    {
        Description = $"The Orleans service id (else ${EnvironmentName(nameof(FacePayClientOptions.ServiceId))}, else facepay).",
        HelpName = "id",
    };

    /// <summary><c>--connect-timeout</c>: how long to try to reach a gateway before giving up.</summary>
    public Option<int> ConnectTimeoutSeconds { get; } = WholeNumberOption.Create(
        "--connect-timeout", "Give up reaching the cluster after this many seconds", "seconds", 1, MaxConnectTimeoutSeconds, DefaultConnectTimeoutSeconds);

    /// <summary>Adds the options to a command that talks to the cluster.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Postgres);
        command.Options.Add(ClusterId);
        command.Options.Add(ServiceId);
        command.Options.Add(ConnectTimeoutSeconds);
    }

    /// <summary>The configuration keys the command line sets (those not given are left to the environment).</summary>
    public IReadOnlyDictionary<string, string?> Overrides(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var overrides = new Dictionary<string, string?>(StringComparer.Ordinal);
        Set(overrides, nameof(FacePayClientOptions.PostgresConnectionString), parseResult.GetValue(Postgres));
        Set(overrides, nameof(FacePayClientOptions.ClusterId), parseResult.GetValue(ClusterId));
        Set(overrides, nameof(FacePayClientOptions.ServiceId), parseResult.GetValue(ServiceId));
        return overrides;
    }

    private static void Set(Dictionary<string, string?> overrides, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            overrides[$"{FacePayClientOptions.Section}:{name}"] = value;
        }
    }

    private static string EnvironmentName(string key) => $"{FacePayClientOptions.Section.Replace(":", "__", StringComparison.Ordinal)}__{key}";
}
