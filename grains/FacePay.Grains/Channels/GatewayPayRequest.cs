using FacePay.Domain;

namespace FacePay.Grains.Channels;

/// <summary>What the order grain asks a channel to charge.</summary>
/// <param name="ChannelOutTradeNo">The attempt's out_trade_no: the channel's idempotency key for this charge.</param>
/// <param name="Amount">The amount, fixed by the order.</param>
/// <param name="Subject">What is bought.</param>
/// <param name="Authorization">Face token or withholding agreement.</param>
/// <param name="PayerCode">The face-device payer code (Alipay <c>auth_code</c>, WeChat <c>auth_code</c>).</param>
/// <param name="AgreementNo">The member's withholding agreement number.</param>
/// <param name="DeviceId">The kiosk that captured the face.</param>
[GenerateSerializer, Immutable, Alias("FacePay.GatewayPayRequest")]
public sealed record GatewayPayRequest(
    [property: Id(0)] string ChannelOutTradeNo,
    [property: Id(1)] Money Amount,
    [property: Id(2)] string Subject,
    [property: Id(3)] PaymentAuthorization Authorization,
    [property: Id(4)] string? PayerCode,
    [property: Id(5)] string? AgreementNo,
    [property: Id(6)] string? DeviceId);
