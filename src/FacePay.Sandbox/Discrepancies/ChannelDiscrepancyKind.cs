namespace FacePay.Sandbox.Discrepancies;

/// <summary>
/// A change of the channel's own records that the merchant is not told about (no notification, no answer to a call):
/// each one makes the next bill disagree with the merchant's books in one of reconciliation's classes.
/// </summary>
public enum ChannelDiscrepancyKind
{
    /// <summary>
    /// The channel takes the money for <c>outTradeNo</c>: an unpaid trade becomes paid, or a paid trade is created
    /// (then <c>amountFen</c> is required). Against an order that holds the attempt failed: paid at channel, not here;
    /// against an order already paid by another attempt: a duplicate charge; with no order: paid at channel, not here.
    /// </summary>
    SilentCharge,

    /// <summary>The channel drops a paid trade (money back to the payer, no refund line): paid here, not at channel.</summary>
    SilentVoid,

    /// <summary>The channel records the paid trade at <c>amountFen</c> instead of its amount: amount mismatch.</summary>
    ChangeAmount,

    /// <summary>The channel reverses a paid trade in full (a reversal line on the bill): status mismatch.</summary>
    SilentReversal,

    /// <summary>The channel refunds <c>amountFen</c> of a paid trade as <c>outRefundNo</c> (or a new number): refund mismatch.</summary>
    SilentRefund,

    /// <summary>The channel drops a refund it had made (<c>outRefundNo</c>), e.g. bounced by the bank: refund mismatch.</summary>
    ForgetRefund,
}
