namespace FacePay.Channels.Alipay;

/// <summary>Names of the JSON nodes in an Alipay gateway response.</summary>
public static class AlipayResponseNode
{
    /// <summary>The node used for errors raised before the request reached the method (may be unsigned).</summary>
    public const string Error = "error_response";

    /// <summary>The node that carries the signature.</summary>
    public const string Sign = "sign";

    /// <summary>The response node for a method: dots become underscores, plus <c>_response</c>.</summary>
    /// <param name="method">The method, e.g. <c>alipay.trade.pay</c>.</param>
    /// <returns>The node name, e.g. <c>alipay_trade_pay_response</c>.</returns>
    public static string For(string method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return method.Replace('.', '_') + "_response";
    }
}
