namespace FacePay.Chaos.Tests;

/// <summary>
/// How big and how long the chaos scenarios are. <c>FACEPAY_CHAOS_PROFILE=full</c> selects <see cref="Full"/> (more orders,
/// more disruptions, three silos); unset or <c>short</c>, the <see cref="Quick"/> profile CI runs.
/// </summary>
/// <param name="Name">short or full.</param>
/// <param name="SiloCount">Silo processes.</param>
/// <param name="OrdersPerScenario">Face-pay orders each scenario places.</param>
/// <param name="Concurrency">Shoppers paying at once.</param>
/// <param name="Disruptions">How many times a scenario's disruption (silo kill, database restart) is repeated.</param>
/// <param name="WorkloadBound">Longest a scenario's shoppers may take before the run is a failure.</param>
/// <param name="SettleBound">How long the cluster gets to settle every order after the shoppers are done.</param>
public sealed record ChaosProfile(
    string Name,
    int SiloCount,
    int OrdersPerScenario,
    int Concurrency,
    int Disruptions,
    TimeSpan WorkloadBound,
    TimeSpan SettleBound)
{
    /// <summary>The environment variable that selects the profile.</summary>
    public const string Variable = "FACEPAY_CHAOS_PROFILE";

    /// <summary>The CI profile: small and bounded, shares two cores with the rest of the suite.</summary>
    public static ChaosProfile Quick { get; } = new("short", 2, 16, 4, 1, TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(90));

    /// <summary>The full profile (<c>deploy/chaos.sh</c>).</summary>
    public static ChaosProfile Full { get; } = new("full", 3, 200, 8, 3, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3));

    /// <summary>The profile <see cref="Variable"/> selects.</summary>
    public static ChaosProfile Current { get; } = From(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The profile for a value of <see cref="Variable"/>.</summary>
    /// <exception cref="ArgumentException">The value names no profile.</exception>
    public static ChaosProfile From(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "short" => Quick,
        "full" => Full,
        _ => throw new ArgumentException($"{Variable}='{value}' is not a chaos profile: use 'short' (default) or 'full'.", nameof(value)),
    };
}
