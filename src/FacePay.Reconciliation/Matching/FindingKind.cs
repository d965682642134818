namespace FacePay.Reconciliation.Matching;

/// <summary>What the first, streaming pass over a bill found that does not line up with the day's ledger.</summary>
public enum FindingKind
{
    /// <summary>The bill lists a payment the day's ledger does not hold (and the bill does not reverse it in full).</summary>
    BillPaymentNotInLedger = 1,

    /// <summary>The bill lists a refund the day's ledger does not hold.</summary>
    BillRefundNotInLedger = 2,

    /// <summary>The ledger holds a payment the bill does not list.</summary>
    LedgerPaymentNotInBill = 3,

    /// <summary>The ledger holds a refund the bill does not list.</summary>
    LedgerRefundNotInBill = 4,

    /// <summary>Both hold the payment, with different amounts.</summary>
    PaymentAmountDiffers = 5,

    /// <summary>Both hold the refund, with different amounts.</summary>
    RefundAmountDiffers = 6,

    /// <summary>The bill reverses a trade the ledger holds as paid.</summary>
    ReversedButPaidHere = 7,

    /// <summary>The bill reverses a trade whose payment is neither in this bill nor in the day's ledger.</summary>
    ReversalNotInLedger = 8,

    /// <summary>The bill lists the same payment or refund line more than once.</summary>
    DuplicateBillLine = 9,
}
