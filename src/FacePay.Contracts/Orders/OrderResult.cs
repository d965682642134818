using System.Diagnostics.CodeAnalysis;
using FacePay.Domain;

namespace FacePay.Contracts.Orders;

/// <summary>
/// The answer to an order command: the order as it stands afterwards, or the reason the command was refused.
/// Business refusals travel as values, not exceptions, so callers handle them without try/catch.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.OrderResult")]
public sealed record OrderResult
{
    /// <summary>The order after the command; null when refused before any order existed.</summary>
    [Id(0)]
    public OrderView? Order { get; init; }

    /// <summary>The refusal, or null when the command was accepted.</summary>
    [Id(1)]
    public OrderError? Error { get; init; }

    /// <summary>A message a developer can act on when refused.</summary>
    [Id(2)]
    public string? Message { get; init; }

    /// <summary>
    /// True when the command had already been applied before (a retry): the order is returned unchanged.
    /// </summary>
    [Id(3)]
    public bool Replayed { get; init; }

    /// <summary>True when the command was accepted.</summary>
    [MemberNotNullWhen(true, nameof(Order))]
    public bool Succeeded => Error is null && Order is not null;

    /// <summary>An accepted command.</summary>
    public static OrderResult Ok(OrderView order) => new() { Order = order };

    /// <summary>A retried command that had already been applied; nothing changed.</summary>
    public static OrderResult AlreadyApplied(OrderView order) => new() { Order = order, Replayed = true };

    /// <summary>A refused command.</summary>
    public static OrderResult Refused(OrderError error, string message, OrderView? current = null) =>
        new() { Error = error, Message = message, Order = current };
}
