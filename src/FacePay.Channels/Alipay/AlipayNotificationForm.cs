using System.Buffers;
using System.Text;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Reads a notification's form body in one pass: the parameters (duplicate names refused, as
/// <see cref="AlipayFormParameters.TryCollect"/> does) and, from the same decoded bytes, the UTF-8 content its
/// signature covers (<see cref="AlipaySignatureContent.ForNotification"/>). Every received notification goes through
/// here (docs/BENCHMARKS.md), so nothing is decoded or encoded twice.
/// </summary>
internal static class AlipayNotificationForm
{
    // The names Alipay sends in trade and refund notifications: read as these strings instead of new copies.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownNames = new[]
    {
        "notify_time", "notify_type", "notify_id", "charset", "version", "sign_type", "sign", "app_id", "auth_app_id",
        "trade_no", "out_trade_no", "out_biz_no", "buyer_id", "buyer_logon_id", "seller_id", "seller_email",
        "trade_status", "total_amount", "receipt_amount", "invoice_amount", "buyer_pay_amount", "point_amount",
        "refund_fee", "subject", "body", "gmt_create", "gmt_payment", "gmt_refund", "gmt_close", "fund_bill_list",
        "passback_params", "voucher_detail_list",
    }.ToDictionary(name => name, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses the body and writes the signed content into a pooled buffer.</summary>
    /// <param name="formBody">The raw body text.</param>
    /// <param name="parameters">Every parameter, decoded.</param>
    /// <param name="signedContent">
    /// When true is returned, a buffer from <see cref="ArrayPool{T}.Shared"/> starting with the content; return it.
    /// </param>
    /// <param name="signedLength">The content's length in bytes.</param>
    /// <param name="error">Why the body was refused.</param>
    /// <returns>False when a name appears twice.</returns>
    public static bool TryParse(
        string formBody, out Dictionary<string, string> parameters, out byte[] signedContent, out int signedLength, out string error)
    {
        ArgumentNullException.ThrowIfNull(formBody);
        var capacity = formBody.AsSpan().Count('&') + 1;
        parameters = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        signedContent = [];
        signedLength = 0;

        // Decoded bytes never outnumber what UTF-8 could make of the raw characters.
        var decoded = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(formBody.Length));
        var signed = ArrayPool<SignedPart>.Shared.Rent(capacity);
        try
        {
            var used = 0;
            var count = 0;
            var rest = formBody.AsSpan();
            while (AlipayFormParameters.NextPair(ref rest, out var rawName, out var rawValue))
            {
                var name = DecodeName(rawName, decoded.AsSpan(used), out var nameLength);
                var nameStart = used;
                used += nameLength;
                var value = AlipayFormParameters.Decode(rawValue, decoded.AsSpan(used), out var valueLength);
                var valueStart = used;
                used += valueLength;
                if (!parameters.TryAdd(name, value))
                {
                    error = $"Duplicate or null parameter name '{name}'.";
                    return false;
                }

                if (!AlipaySignatureContent.IsSigned(name, value, excludeSignType: true))
                {
                    continue;
                }

                // Insertion sort while collecting, by the names as strings (the order ForNotification uses).
                var at = count++;
                while (at > 0 && AlipaySignatureContent.CompareNames(signed[at - 1].Name, name) > 0)
                {
                    signed[at] = signed[at - 1];
                    at--;
                }

                signed[at] = new SignedPart(name, nameStart, nameLength, valueStart, valueLength);
            }

            signedLength = Join(signed.AsSpan(0, count), decoded, out signedContent);
            error = string.Empty;
            return true;
        }
        finally
        {
            ArrayPool<SignedPart>.Shared.Return(signed, clearArray: true);
            ArrayPool<byte>.Shared.Return(decoded);
        }
    }

    private static string DecodeName(ReadOnlySpan<char> rawName, Span<byte> utf8, out int written)
    {
        // A known name has no '+' or '%', so it decodes to itself; its characters are ASCII.
        if (KnownNames.TryGetValue(rawName, out var known))
        {
            written = Encoding.ASCII.GetBytes(known, utf8);
            return known;
        }

        return AlipayFormParameters.Decode(rawName, utf8, out written);
    }

    // name=value&name=value from the decoded bytes, into a pooled buffer.
    private static int Join(ReadOnlySpan<SignedPart> parts, byte[] decoded, out byte[] content)
    {
        var length = Math.Max(0, parts.Length - 1);
        foreach (var part in parts)
        {
            length += part.NameLength + 1 + part.ValueLength;
        }

        content = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        var at = 0;
        foreach (var part in parts)
        {
            if (at > 0)
            {
                content[at++] = (byte)'&';
            }

            decoded.AsSpan(part.NameStart, part.NameLength).CopyTo(content.AsSpan(at));
            at += part.NameLength;
            content[at++] = (byte)'=';
            decoded.AsSpan(part.ValueStart, part.ValueLength).CopyTo(content.AsSpan(at));
            at += part.ValueLength;
        }

        return at;
    }

    // A signed parameter: its name, and where its name's and value's UTF-8 bytes are in the decoded buffer.
    private readonly record struct SignedPart(string Name, int NameStart, int NameLength, int ValueStart, int ValueLength);
}
