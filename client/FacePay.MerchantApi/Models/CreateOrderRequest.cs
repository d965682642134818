namespace FacePay.MerchantApi.Models;

/// <summary>The body of <c>POST /v1/orders</c>. The merchant is the one the API key belongs to.</summary>
/// <param name="MerchantId">Optional; when given it must be the authenticated merchant.</param>
/// <param name="OutTradeNo">The merchant's order number, unique per merchant.</param>
/// <param name="Amount">The amount in minor units of <paramref name="Currency"/> (fen for CNY).</param>
/// <param name="Currency">ISO 4217 code, for example <c>CNY</c>.</param>
/// <param name="Description">What is being bought.</param>
/// <param name="Channel"><c>alipay</c> or <c>wechatpay</c>.</param>
/// <param name="MemberId">The enrolled member expected to pay.</param>
/// <param name="ExpiresInSeconds">How long the order may stay unpaid before it closes (default 900).</param>
public sealed record CreateOrderRequest(
    string? MerchantId,
    string? OutTradeNo,
    long? Amount,
    string? Currency,
    string? Description,
    string? Channel,
    string? MemberId,
    int? ExpiresInSeconds);
