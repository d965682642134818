using System.Globalization;
using System.Text;

namespace FacePay.Channels.WechatPay;

/// <summary>The exact strings WeChat Pay v3 signs; every line ends in <c>\n</c>, the body line included.</summary>
public static class WechatPaySignatureMessage
{
    /// <summary>The request message: <c>METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n</c>.</summary>
    /// <param name="method">The HTTP method in upper case.</param>
    /// <param name="canonicalUrl">Path plus query, e.g. <c>/v3/pay/transactions/out-trade-no/X?mchid=1</c>.</param>
    /// <param name="timestamp">Unix seconds.</param>
    /// <param name="nonce">The random nonce string.</param>
    /// <param name="body">The exact request body; empty for GET.</param>
    /// <returns>The message.</returns>
    public static string ForRequest(string method, string canonicalUrl, long timestamp, string nonce, string body)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(canonicalUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(nonce);
        return string.Create(CultureInfo.InvariantCulture, $"{method.ToUpperInvariant()}\n{canonicalUrl}\n{timestamp}\n{nonce}\n{body}\n");
    }

    /// <summary>The response / notification message: <c>TIMESTAMP\nNONCE\nBODY\n</c> over the raw body bytes.</summary>
    /// <param name="timestamp">The <c>Wechatpay-Timestamp</c> header text.</param>
    /// <param name="nonce">The <c>Wechatpay-Nonce</c> header text.</param>
    /// <param name="body">The raw body bytes.</param>
    /// <returns>The message bytes.</returns>
    public static byte[] ForResponse(string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(nonce);
        var head = Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n");
        var message = new byte[head.Length + body.Length + 1];
        head.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(head.Length));
        message[^1] = (byte)'\n';
        return message;
    }
}
