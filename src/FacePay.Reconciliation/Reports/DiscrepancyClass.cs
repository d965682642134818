namespace FacePay.Reconciliation.Reports;

/// <summary>How a bill and our books disagree.</summary>
[GenerateSerializer, Alias("FacePay.DiscrepancyClass")]
public enum DiscrepancyClass
{
    /// <summary>The channel took money we have no payment for: no such order or attempt, or an attempt we hold as failed.</summary>
    PaidAtChannelNotHere = 1,

    /// <summary>We hold a payment the channel's bill does not list.</summary>
    PaidHereNotAtChannel = 2,

    /// <summary>Both sides hold the payment, for different amounts.</summary>
    AmountMismatch = 3,

    /// <summary>Both sides know the trade but disagree on where it stands (ours in flight while paid there; ours paid while reversed there).</summary>
    StatusMismatch = 4,

    /// <summary>A refund one side holds and the other does not, or holds with another amount or outcome.</summary>
    RefundMismatch = 5,

    /// <summary>The bill lists a line twice, or one order was charged by more than one attempt.</summary>
    Duplicate = 6,
}
