namespace FacePay.Domain.Operations;

/// <summary>A payment or refund that failed at the channel, with the channel's reason.</summary>
/// <param name="Key">The order.</param>
/// <param name="Activity"><see cref="OrderActivity.Failed"/> (a payment attempt) or <see cref="OrderActivity.RefundFailed"/>.</param>
/// <param name="At">When.</param>
/// <param name="Channel">The channel, when known.</param>
/// <param name="Code">The channel's error code.</param>
/// <param name="Message">The channel's error message.</param>
/// <param name="EventId">The event that reported it.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.RecentFailure")]
public sealed record RecentFailure(
    [property: Id(0)] OrderKey Key,
    [property: Id(1)] OrderActivity Activity,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] PaymentChannel? Channel,
    [property: Id(4)] string? Code,
    [property: Id(5)] string? Message,
    [property: Id(6)] string EventId);
