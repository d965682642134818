namespace FacePay.Client.Operations;

/// <summary>A dead-lettered webhook an operator may replay.</summary>
/// <param name="MerchantId">The merchant.</param>
/// <param name="EventId">The event (replay it by this id).</param>
/// <param name="EventType">The public event type.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="DeadLetteredAt">When it was given up.</param>
/// <param name="LastFailure">Why the last attempt failed.</param>
public sealed record DeadLetterLine(string MerchantId, string EventId, string EventType, int Attempts, DateTimeOffset DeadLetteredAt, string? LastFailure);
