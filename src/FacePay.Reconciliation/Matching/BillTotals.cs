namespace FacePay.Reconciliation.Matching;

/// <summary>What a bill held, counted while it was read.</summary>
/// <param name="Lines">Detail lines.</param>
/// <param name="Payments">Payment lines.</param>
/// <param name="PaymentFen">Sum of payment lines, in fen.</param>
/// <param name="Refunds">Refund and reversal lines.</param>
/// <param name="RefundFen">Sum of refund and reversal lines, in fen.</param>
[GenerateSerializer, Immutable, Alias("FacePay.BillTotals")]
public sealed record BillTotals(
    [property: Id(0)] long Lines,
    [property: Id(1)] long Payments,
    [property: Id(2)] long PaymentFen,
    [property: Id(3)] long Refunds,
    [property: Id(4)] long RefundFen);
