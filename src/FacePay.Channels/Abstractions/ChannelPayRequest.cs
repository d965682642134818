namespace FacePay.Channels.Abstractions;

/// <summary>Charge a payer.</summary>
/// <param name="OutTradeNo">Our trade number: the idempotency key, reused on every retry of the same attempt.</param>
/// <param name="Amount">Amount in minor units (fen).</param>
/// <param name="Currency">ISO 4217 currency, e.g. <c>CNY</c>.</param>
/// <param name="Subject">Short description shown to the payer.</param>
/// <param name="Method">What authorises the payment.</param>
/// <param name="PayerCode">The face token / pay code, for <see cref="ChannelPayMethod.PayerCode"/>.</param>
/// <param name="AgreementNo">The agreement number, for <see cref="ChannelPayMethod.Agreement"/>.</param>
/// <param name="DeviceId">The terminal id, when known.</param>
/// <param name="StoreId">The merchant's store id, when known.</param>
public sealed record ChannelPayRequest(
    string OutTradeNo,
    long Amount,
    string Currency,
    string Subject,
    ChannelPayMethod Method,
    string? PayerCode = null,
    string? AgreementNo = null,
    string? DeviceId = null,
    string? StoreId = null);
