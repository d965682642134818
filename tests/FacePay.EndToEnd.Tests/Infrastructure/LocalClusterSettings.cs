namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>What a <see cref="LocalCluster"/> runs and the extra configuration each kind of process gets.</summary>
internal sealed class LocalClusterSettings
{
    public int SiloCount { get; init; } = 2;

    public int ApiCount { get; init; } = 1;

    /// <summary>Configuration keys (<c>A:B</c> form) for every silo.</summary>
    public Dictionary<string, string> Silo { get; } = [];

    /// <summary>Configuration keys for every Merchant API instance.</summary>
    public Dictionary<string, string> Api { get; } = [];
}
