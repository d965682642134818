namespace FacePay.Benchmarks.Channels;

/// <summary>An Alipay notification as received, and what its signature covers.</summary>
/// <param name="FormBody">The form-encoded body our reader takes.</param>
/// <param name="SignedContent">The UTF-8 bytes the signature covers (sorted parameters but sign and sign_type).</param>
/// <param name="Signature">The decoded signature.</param>
public sealed record AlipayNotificationSample(string FormBody, byte[] SignedContent, byte[] Signature);
