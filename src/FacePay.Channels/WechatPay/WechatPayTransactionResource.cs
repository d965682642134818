using System.Text.Json;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Crypto;
using FacePay.Channels.Http;

namespace FacePay.Channels.WechatPay;

/// <summary>The decrypted resource of a <c>TRANSACTION.*</c> notification (amounts in fen).</summary>
/// <param name="MchId">The merchant id; check it against ours.</param>
/// <param name="AppId">The app id; check it against ours.</param>
/// <param name="OutTradeNo">Our trade number.</param>
/// <param name="TransactionId">WeChat Pay's transaction id.</param>
/// <param name="TradeState">The raw <c>trade_state</c>.</param>
/// <param name="Status">The unified status.</param>
/// <param name="Total">The order total, fen.</param>
/// <param name="Currency">The currency.</param>
/// <param name="PayerOpenId">The payer's openid, when present.</param>
/// <param name="SuccessTime">The payment time text, when present.</param>
public sealed record WechatPayTransactionResource(
    string? MchId,
    string? AppId,
    string OutTradeNo,
    string? TransactionId,
    string TradeState,
    ChannelTradeStatus Status,
    long? Total,
    string? Currency,
    string? PayerOpenId,
    string? SuccessTime)
{
    /// <summary>Reads a decrypted transaction resource.</summary>
    /// <param name="plaintext">The decrypted JSON.</param>
    /// <returns>The resource or <see cref="VerificationFailure.MalformedBody"/>.</returns>
    public static VerificationResult<WechatPayTransactionResource> Parse(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        try
        {
            using var document = JsonDocument.Parse(plaintext);
            var root = document.RootElement;
            var outTradeNo = JsonFields.String(root, "out_trade_no");
            var state = JsonFields.String(root, "trade_state");
            if (string.IsNullOrEmpty(outTradeNo) || string.IsNullOrEmpty(state))
            {
                return VerificationResult<WechatPayTransactionResource>.Fail(VerificationFailure.MalformedBody, "out_trade_no or trade_state is missing.");
            }

            var amount = JsonFields.Object(root, "amount");
            return VerificationResult<WechatPayTransactionResource>.Success(new WechatPayTransactionResource(
                JsonFields.String(root, "mchid"),
                JsonFields.String(root, "appid"),
                outTradeNo,
                JsonFields.String(root, "transaction_id"),
                state,
                WechatPayTradeStates.ToChannelStatus(state),
                JsonFields.Int64(amount, "total"),
                JsonFields.String(amount, "currency"),
                JsonFields.String(JsonFields.Object(root, "payer"), "openid"),
                JsonFields.String(root, "success_time")));
        }
        catch (JsonException ex)
        {
            return VerificationResult<WechatPayTransactionResource>.Fail(VerificationFailure.MalformedBody, $"Invalid JSON: {ex.Message}");
        }
    }
}
