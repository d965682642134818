using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>A channel's calls over a window on one silo (or summed over silos): outcomes, durations, breaker state.</summary>
/// <param name="Channel">The channel name (<c>Alipay</c>, <c>WechatPay</c>).</param>
/// <param name="Outcomes">Calls by outcome (<c>Success</c>, <c>DefiniteFailure</c>, <c>Retryable</c>, <c>Unknown</c>).</param>
/// <param name="Durations">Call durations, retries included.</param>
/// <param name="BreakerState">The circuit breaker: <c>Closed</c>, <c>Open</c>, <c>HalfOpen</c> or <c>Isolated</c> (summed: the worst).</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.ChannelCallFigures")]
public sealed record ChannelCallFigures(
    [property: Id(0)] string Channel,
    [property: Id(1)] ImmutableSortedDictionary<string, long> Outcomes,
    [property: Id(2)] LatencyHistogram Durations,
    [property: Id(3)] string BreakerState)
{
    /// <summary>The outcome name of a successful call.</summary>
    public const string SuccessOutcome = "Success";

    /// <summary>Every call.</summary>
    public long Calls => Outcomes.Values.Sum();

    /// <summary>Calls that did not succeed (definite failures, retryable errors, unknown outcomes).</summary>
    public long Errors => Calls - Outcomes.GetValueOrDefault(SuccessOutcome);

    /// <summary>Errors over calls; null without calls.</summary>
    public double? ErrorRate => Calls == 0 ? null : (double)Errors / Calls;

    /// <summary>No calls yet, breaker closed.</summary>
    public static ChannelCallFigures Idle(string channel) =>
        new(channel, ImmutableSortedDictionary<string, long>.Empty, LatencyHistogram.Empty, "Closed");

    /// <summary>The sum over two silos: counts and durations added, the worse breaker state kept.</summary>
    public ChannelCallFigures Plus(ChannelCallFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with
        {
            Outcomes = Counts.Add(Outcomes, other.Outcomes),
            Durations = Durations.Plus(other.Durations),
            BreakerState = Severity(other.BreakerState) > Severity(BreakerState) ? other.BreakerState : BreakerState,
        };
    }

    // Open is what an operator must see first; then isolated (manually held open), half-open, closed.
    private static int Severity(string state) => state switch
    {
        "Open" => 3,
        "Isolated" => 2,
        "HalfOpen" => 1,
        _ => 0,
    };
}
