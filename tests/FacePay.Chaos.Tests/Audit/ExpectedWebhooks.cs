using System.Globalization;
using FacePay.MerchantApi.Models;

namespace FacePay.Chaos.Tests.Audit;

/// <summary>
/// The webhook event ids an order's history promises the merchant, in the documented form
/// <c>{merchantId}/{outTradeNo}/v{version}/{kind}</c>: one per change that publishes a payment event (creation,
/// payment succeeded or failed, refund succeeded or failed, closing — including the close of a third failed face
/// verification).
/// </summary>
public static class ExpectedWebhooks
{
    /// <summary>The event ids of <paramref name="history"/>.</summary>
    public static IEnumerable<string> Of(string merchantId, string outTradeNo, IEnumerable<OrderHistoryResponse> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var change in history)
        {
            if (KindOf(change) is { } kind)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{merchantId}/{outTradeNo}/v{change.Version}/{kind}");
            }
        }
    }

    private static string? KindOf(OrderHistoryResponse change) => change.Kind switch
    {
        "Created" => "order-created",
        "PaymentSucceeded" => "payment-succeeded",
        "PaymentFailed" => "payment-failed",
        "RefundSucceeded" => "refund-succeeded-" + RefundNumber(change),
        "RefundFailed" => "refund-failed-" + RefundNumber(change),
        "Closed" => "order-closed",
        "VerificationFailed" when change.ToState == "Closed" => "order-closed",
        _ => null,
    };

    // The refund changes' detail starts with the refund number ("r1 12.34 CNY").
    private static string RefundNumber(OrderHistoryResponse change) => (change.Detail ?? string.Empty).Split(' ')[0];
}
