namespace FacePay.Domain.Requests;

/// <summary>The answer of <see cref="IdempotencyRecord.Begin"/>.</summary>
/// <param name="Outcome">What to do.</param>
/// <param name="Response">The stored response, for <see cref="IdempotencyOutcome.Replay"/>.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Requests.IdempotencyDecision")]
public sealed record IdempotencyDecision(
    [property: Id(0)] IdempotencyOutcome Outcome,
    [property: Id(1)] StoredResponse? Response = null);
