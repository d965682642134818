namespace FacePay.Channels.WechatPay;

/// <summary>The fields of a WeChat Pay v3 <c>Authorization</c> header.</summary>
/// <param name="MchId">The merchant id.</param>
/// <param name="NonceStr">The request nonce.</param>
/// <param name="Timestamp">Unix seconds as text.</param>
/// <param name="SerialNo">The merchant API certificate serial.</param>
/// <param name="Signature">The base64 signature.</param>
/// <param name="Scheme">The scheme: <see cref="WechatPayAuthorization.Scheme"/> or <see cref="WechatPayAuthorization.Sm2Scheme"/>.</param>
public sealed record WechatPayAuthorizationHeader(string MchId, string NonceStr, string Timestamp, string SerialNo, string Signature, string Scheme = WechatPayAuthorization.Scheme);
