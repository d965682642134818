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
        var message = new byte[ResponseLength(timestamp, nonce, body)];
        WriteResponse(timestamp, nonce, body, message);
        return message;
    }

    /// <summary>The byte length of <see cref="ForResponse"/>'s message.</summary>
    internal static int ResponseLength(string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(nonce);
        return Encoding.UTF8.GetByteCount(timestamp) + Encoding.UTF8.GetByteCount(nonce) + body.Length + 3;
    }

    /// <summary>Writes <see cref="ForResponse"/>'s message into <paramref name="destination"/> (at least <see cref="ResponseLength"/> bytes).</summary>
    internal static int WriteResponse(string timestamp, string nonce, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var at = Encoding.UTF8.GetBytes(timestamp, destination);
        destination[at++] = (byte)'\n';
        at += Encoding.UTF8.GetBytes(nonce, destination[at..]);
        destination[at++] = (byte)'\n';
        body.CopyTo(destination[at..]);
        at += body.Length;
        destination[at++] = (byte)'\n';
        return at;
    }
}
