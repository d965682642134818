namespace FacePay.Channels.WechatPay;

/// <summary>The fields of a <c>WECHATPAY2-SHA256-RSA2048</c> <c>Authorization</c> header.</summary>
/// <param name="MchId">The merchant id.</param>
/// <param name="NonceStr">The request nonce.</param>
/// <param name="Timestamp">Unix seconds as text.</param>
/// <param name="SerialNo">The merchant API certificate serial.</param>
/// <param name="Signature">The base64 signature.</param>
public sealed record WechatPayAuthorizationHeader(string MchId, string NonceStr, string Timestamp, string SerialNo, string Signature);
