using FacePay.Domain.Operations;

namespace FacePay.Client.Operations;

/// <summary>A channel's health over the silos' figures window.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Calls">Calls.</param>
/// <param name="Errors">Calls that did not succeed.</param>
/// <param name="ErrorRate">Errors over calls (null without calls).</param>
/// <param name="Outcomes">Calls by outcome.</param>
/// <param name="Latency">Call duration percentiles, ms.</param>
/// <param name="BreakerState">The worst circuit-breaker state over the silos.</param>
public sealed record ChannelHealth(
    string Channel,
    long Calls,
    long Errors,
    double? ErrorRate,
    IReadOnlyDictionary<string, long> Outcomes,
    LatencySummary Latency,
    string BreakerState);
