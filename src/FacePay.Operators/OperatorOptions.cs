using System.ComponentModel.DataAnnotations;
using FacePay.Operators.Dashboard;

namespace FacePay.Operators;

/// <summary>
/// Operator authentication, bound from <c>FacePay:Operators</c> and validated at start. Operators are separate from
/// merchants: a merchant key never opens an operator endpoint, and an operator session never opens a merchant one.
/// Only hashes are configured (<c>deploy/operator-credential.sh</c> makes them); keep real ones in a secret store.
/// </summary>
public sealed class OperatorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Operators";

    /// <summary>Operators by name (1–64 characters of <c>[A-Za-z0-9._-]</c>).</summary>
    public IDictionary<string, OperatorAccountOptions> Accounts { get; } = new Dictionary<string, OperatorAccountOptions>(StringComparer.Ordinal);

    /// <summary>How long a console login lasts without activity (default 8 hours).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed-login limits.</summary>
    public LoginThrottleOptions Login { get; set; } = new();

    /// <summary>When a silo's dashboard asks for operator credentials (silos only).</summary>
    public DashboardProtection Dashboard { get; set; } = DashboardProtection.Auto;
}
