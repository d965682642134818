namespace FacePay.Testing.Processes;

/// <summary>What a <see cref="LocalCluster"/> runs and the extra configuration each kind of process gets.</summary>
public sealed class LocalClusterSettings
{
    /// <summary>How many silos (default 2).</summary>
    public int SiloCount { get; init; } = 2;

    /// <summary>How many Merchant API instances (default 1).</summary>
    public int ApiCount { get; init; } = 1;

    /// <summary>Configuration keys (<c>A:B</c> form) for every silo.</summary>
    public Dictionary<string, string> Silo { get; } = [];

    /// <summary>Configuration keys for every Merchant API instance.</summary>
    public Dictionary<string, string> Api { get; } = [];
}
