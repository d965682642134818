using System.Collections.Immutable;
using FacePay.Domain.Events;

namespace FacePay.Domain;

/// <summary>The answer to a create-order request.</summary>
public sealed record OrderCreationResult
{
    /// <summary>
    /// The new order (Applied), the existing order (Duplicate), or on refusal the existing order if there is one
    /// (Conflict) and null otherwise (InvalidRequest).
    /// </summary>
    public Order? Order { get; init; }

    /// <summary>Applied, Duplicate or Refused.</summary>
    public required DecisionOutcome Outcome { get; init; }

    /// <summary>Why it refused: <see cref="OrderError.InvalidRequest"/> or <see cref="OrderError.Conflict"/>.</summary>
    public OrderError Error { get; init; }

    /// <summary>A short explanation.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>The <see cref="OrderCreated"/> event when applied.</summary>
    public ImmutableArray<PaymentEvent> Events { get; init; } = [];
}
