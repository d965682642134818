using System.Text.Json;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Crypto;
using FacePay.Channels.Http;

namespace FacePay.Channels.WechatPay;

/// <summary>The decrypted resource of a <c>REFUND.*</c> notification (amounts in fen).</summary>
/// <param name="MchId">The merchant id.</param>
/// <param name="OutTradeNo">Our trade number.</param>
/// <param name="OutRefundNo">Our refund number.</param>
/// <param name="RefundId">WeChat Pay's refund id.</param>
/// <param name="RefundStatus">The raw <c>refund_status</c>.</param>
/// <param name="Status">The unified refund status.</param>
/// <param name="Refund">The refunded amount, fen.</param>
/// <param name="Total">The order total, fen.</param>
public sealed record WechatPayRefundResource(
    string? MchId,
    string OutTradeNo,
    string OutRefundNo,
    string? RefundId,
    string RefundStatus,
    ChannelRefundStatus Status,
    long? Refund,
    long? Total)
{
    /// <summary>Reads a decrypted refund resource.</summary>
    /// <param name="plaintext">The decrypted JSON.</param>
    /// <returns>The resource or <see cref="VerificationFailure.MalformedBody"/>.</returns>
    public static VerificationResult<WechatPayRefundResource> Parse(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            var root = document.RootElement;
            var outTradeNo = JsonFields.String(root, "out_trade_no");
            var outRefundNo = JsonFields.String(root, "out_refund_no");
            var status = JsonFields.String(root, "refund_status");
            if (string.IsNullOrEmpty(outTradeNo) || string.IsNullOrEmpty(outRefundNo) || string.IsNullOrEmpty(status))
            {
                return VerificationResult<WechatPayRefundResource>.Fail(VerificationFailure.MalformedBody, "out_trade_no, out_refund_no or refund_status is missing.");
            }

            var amount = JsonFields.Object(root, "amount");
            return VerificationResult<WechatPayRefundResource>.Success(new WechatPayRefundResource(
                JsonFields.String(root, "mchid"),
                outTradeNo,
                outRefundNo,
                JsonFields.String(root, "refund_id"),
                status,
                WechatPayTradeStates.ToRefundStatus(status),
                JsonFields.Int64(amount, "refund"),
                JsonFields.Int64(amount, "total")));
        }
        catch (JsonException ex)
        {
            return VerificationResult<WechatPayRefundResource>.Fail(VerificationFailure.MalformedBody, $"Invalid JSON: {ex.Message}");
        }
    }
}
