using System.Globalization;
using FacePay.Domain;

namespace FacePay.Reconciliation.Matching;

/// <summary>Short texts for the report: where an order, attempt or refund stands.</summary>
internal static class OrderDescription
{
    public static string Of(Order? order, string channelOutTradeNo, string? channelOutRefundNo)
    {
        if (order is null)
        {
            return "no order";
        }

        if (channelOutRefundNo is not null)
        {
            return order.Refunds.Find(r => r.ChannelOutRefundNo == channelOutRefundNo) is { } refund
                ? string.Create(CultureInfo.InvariantCulture, $"{order.State}; refund {refund.OutRefundNo} {refund.Status}")
                : string.Create(CultureInfo.InvariantCulture, $"{order.State}; no such refund");
        }

        return order.Attempts.Find(a => a.ChannelOutTradeNo == channelOutTradeNo) is { } attempt
            ? string.Create(CultureInfo.InvariantCulture, $"{order.State}; attempt {attempt.Number} {attempt.Status}")
            : string.Create(CultureInfo.InvariantCulture, $"{order.State}; no such attempt");
    }
}
