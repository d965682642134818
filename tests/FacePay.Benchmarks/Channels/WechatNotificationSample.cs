using FacePay.Channels.WechatPay;

namespace FacePay.Benchmarks.Channels;

/// <summary>A WeChat Pay notification as received, and what its signature covers.</summary>
/// <param name="Headers">The Wechatpay-* headers.</param>
/// <param name="Body">The raw JSON body.</param>
/// <param name="SignedMessage">TIMESTAMP\nNONCE\nBODY\n, the bytes the signature covers.</param>
/// <param name="Signature">The decoded signature.</param>
public sealed record WechatNotificationSample(WechatPaySignatureHeaders Headers, byte[] Body, byte[] SignedMessage, byte[] Signature);
