using System.Buffers;
using System.Text;
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
    /// <remarks>
    /// Read with <see cref="Utf8JsonReader"/> rather than a <see cref="JsonDocument"/>: every WeChat Pay payment
    /// notification passes here (docs/BENCHMARKS.md). Tolerant as before: unknown members are skipped, the last of
    /// repeated members wins, a number where a string is expected reads as its text, any other type as missing.
    /// </remarks>
    public static VerificationResult<WechatPayTransactionResource> Parse(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(plaintext.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(plaintext, rented);
            return Parse(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static VerificationResult<WechatPayTransactionResource> Parse(ReadOnlySpan<byte> json)
    {
        string? mchId = null, appId = null, outTradeNo = null, transactionId = null, state = null, successTime = null, currency = null, openId = null;
        long? total = null;
        var reader = new Utf8JsonReader(json);
        try
        {
            if (!reader.Read())
            {
                return VerificationResult<WechatPayTransactionResource>.Fail(VerificationFailure.MalformedBody, "Invalid JSON: no value.");
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("amount"u8))
                    {
                        (total, currency) = (null, null);
                        while (JsonMembers.NextInObject(ref reader))
                        {
                            if (reader.ValueTextEquals("total"u8))
                            {
                                total = JsonMembers.Int64(ref reader);
                            }
                            else if (reader.ValueTextEquals("currency"u8))
                            {
                                currency = JsonMembers.String(ref reader);
                            }
                            else
                            {
                                JsonMembers.SkipValue(ref reader);
                            }
                        }
                    }
                    else if (reader.ValueTextEquals("payer"u8))
                    {
                        openId = null;
                        while (JsonMembers.NextInObject(ref reader))
                        {
                            if (reader.ValueTextEquals("openid"u8))
                            {
                                openId = JsonMembers.String(ref reader);
                            }
                            else
                            {
                                JsonMembers.SkipValue(ref reader);
                            }
                        }
                    }
                    else if (reader.ValueTextEquals("mchid"u8))
                    {
                        mchId = JsonMembers.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("appid"u8))
                    {
                        appId = JsonMembers.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("out_trade_no"u8))
                    {
                        outTradeNo = JsonMembers.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("transaction_id"u8))
                    {
                        transactionId = JsonMembers.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("trade_state"u8))
                    {
                        state = JsonMembers.String(ref reader);
                    }
                    else if (reader.ValueTextEquals("success_time"u8))
                    {
                        successTime = JsonMembers.String(ref reader);
                    }
                    else
                    {
                        JsonMembers.SkipValue(ref reader);
                    }
                }
            }
            else
            {
                reader.Skip();
            }

            // Nothing may follow the value (JsonDocument's rule): the reader throws on trailing content.
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            return VerificationResult<WechatPayTransactionResource>.Fail(VerificationFailure.MalformedBody, $"Invalid JSON: {ex.Message}");
        }

        if (string.IsNullOrEmpty(outTradeNo) || string.IsNullOrEmpty(state))
        {
            return VerificationResult<WechatPayTransactionResource>.Fail(VerificationFailure.MalformedBody, "out_trade_no or trade_state is missing.");
        }

        return VerificationResult<WechatPayTransactionResource>.Success(new WechatPayTransactionResource(
            mchId, appId, outTradeNo, transactionId, state, WechatPayTradeStates.ToChannelStatus(state), total, currency, openId, successTime));
    }
}
