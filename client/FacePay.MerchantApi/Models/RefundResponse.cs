using FacePay.Domain;

namespace FacePay.MerchantApi.Models;

/// <summary>A refund as the Merchant API shows it.</summary>
/// <param name="OutRefundNo">The merchant's refund number.</param>
/// <param name="Amount">The refunded amount in minor units.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Status"><c>Pending</c>, <c>Succeeded</c> or <c>Failed</c>.</param>
/// <param name="Reason">The merchant's reason.</param>
/// <param name="RequestedAt">When the refund was accepted.</param>
/// <param name="SettledAt">When it succeeded or failed.</param>
/// <param name="FailureCode">The channel error code of a failed refund.</param>
public sealed record RefundResponse(
    string OutRefundNo,
    long Amount,
    string Currency,
    string Status,
    string? Reason,
    DateTimeOffset RequestedAt,
    DateTimeOffset? SettledAt,
    string? FailureCode)
{
    /// <summary>Maps a domain refund.</summary>
    public static RefundResponse From(Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return new(refund.OutRefundNo, refund.Amount.MinorUnits, refund.Amount.Currency.Code, refund.Status.ToString(), refund.Reason, refund.RequestedAt, refund.SettledAt, refund.FailureCode);
    }
}
