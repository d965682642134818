using System.ComponentModel.DataAnnotations;

namespace FacePay.Grains.Orders;

/// <summary>How orders resolve unknown outcomes and expire. Bound from <c>FacePay:Orders</c>.</summary>
public sealed class OrderProcessingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Orders";

    /// <summary>How often a charge with an unknown outcome is queried while the order is active (3–5 s per the channels).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan QueryInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long to keep querying before cancelling the charge at the channel.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan QueryWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The period of the durable recovery reminder that re-checks unknown charges and pending refunds after a silo
    /// restart or when the active query window has passed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RecoveryPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
