namespace FacePay.Contracts.Orders;

/// <summary>What to answer a channel that sent an asynchronous notification.</summary>
/// <param name="Acknowledge">True once the notification's effect is persisted (or it changed nothing because it was already known).</param>
/// <param name="Reason">Why it was not acknowledged, for logs and the channel's failure body.</param>
[GenerateSerializer, Immutable, Alias("FacePay.NotificationDisposition")]
public sealed record NotificationDisposition(
    [property: Id(0)] bool Acknowledge,
    [property: Id(1)] string? Reason = null)
{
    /// <summary>Persisted or already known: tell the channel to stop resending.</summary>
    public static NotificationDisposition Acknowledged { get; } = new(true);
}
