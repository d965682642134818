using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FacePay.Channels.Alipay;

/// <summary>Reads <c>application/x-www-form-urlencoded</c> bodies as Alipay sends and expects them (UTF-8).</summary>
public static class AlipayFormParameters
{
    /// <summary>Parses a form body into ordered name/value pairs; <c>+</c> is a space, <c>%XX</c> are UTF-8 bytes.</summary>
    /// <param name="formBody">The raw body text.</param>
    /// <returns>The pairs in body order (duplicates kept so callers can reject them).</returns>
    public static IReadOnlyList<KeyValuePair<string, string?>> Parse(string formBody)
    {
        ArgumentNullException.ThrowIfNull(formBody);
        var pairs = new List<KeyValuePair<string, string?>>(formBody.AsSpan().Count('&') + 1);
        var rest = formBody.AsSpan();
        while (NextPair(ref rest, out var name, out var value))
        {
            pairs.Add(new(Decode(name), Decode(value)));
        }

        return pairs;
    }

    /// <summary>Encodes parameters as a form body (names and values percent-encoded as UTF-8).</summary>
    /// <param name="parameters">The parameters; empty values are kept.</param>
    /// <returns>The body text.</returns>
    public static string Encode(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value ?? string.Empty)));
    }

    /// <summary>Collects pairs into a dictionary, rejecting duplicate names (an attacker could otherwise smuggle a second value).</summary>
    /// <param name="parameters">The pairs.</param>
    /// <param name="collected">The dictionary.</param>
    /// <param name="error">Why the pairs were rejected.</param>
    /// <returns>True when every name appears once.</returns>
    public static bool TryCollect(IEnumerable<KeyValuePair<string, string?>> parameters, out Dictionary<string, string> collected, out string error)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        collected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters)
        {
            if (key is null || !collected.TryAdd(key, value ?? string.Empty))
            {
                error = $"Duplicate or null parameter name '{key}'.";
                return false;
            }
        }

        error = string.Empty;
        return true;
    }

    private const int StackLimit = 512;

    // The next non-empty "name=value" part; spans, not Split and substrings.
    internal static bool NextPair(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> name, out ReadOnlySpan<char> value)
    {
        while (!rest.IsEmpty)
        {
            var ampersand = rest.IndexOf('&');
            var part = ampersand < 0 ? rest : rest[..ampersand];
            rest = ampersand < 0 ? default : rest[(ampersand + 1)..];
            if (part.IsEmpty)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            name = equals < 0 ? part : part[..equals];
            value = equals < 0 ? default : part[(equals + 1)..];
            return true;
        }

        name = value = default;
        return false;
    }

    /// <summary>
    /// Decodes one name or value as <see cref="Parse"/> does and also writes the UTF-8 bytes of the result, reusing
    /// the bytes percent-decoding produced instead of encoding the string again.
    /// </summary>
    /// <param name="text">The raw name or value.</param>
    /// <param name="utf8">At least <c>Encoding.UTF8.GetMaxByteCount(text.Length)</c> bytes.</param>
    /// <param name="written">How many bytes were written.</param>
    /// <returns>The decoded text.</returns>
    internal static string Decode(ReadOnlySpan<char> text, Span<byte> utf8, out int written)
    {
        if (!text.Contains('%'))
        {
            var decoded = Decode(text);
            written = Encoding.UTF8.GetBytes(decoded, utf8);
            return decoded;
        }

        // Valid UTF-8 round-trips through the string exactly, so these bytes are what encoding the result would give.
        if (TryPercentDecode(text, utf8, out written) && Utf8.IsValid(utf8[..written]))
        {
            return Encoding.UTF8.GetString(utf8[..written]);
        }

        var slow = UnescapeSlowly(text);
        written = Encoding.UTF8.GetBytes(slow, utf8);
        return slow;
    }

    private static string Decode(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (!text.ContainsAny('+', '%'))
        {
            return new string(text);
        }

        if (!text.Contains('%'))
        {
            return string.Create(text.Length, text, static (chars, source) => source.Replace(chars, '+', ' '));
        }

        // Every %XX is at least one byte of output, so the decoded bytes never outnumber the characters.
        byte[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(text.Length));
        try
        {
            return TryPercentDecode(text, buffer, out var length) && Utf8.IsValid(buffer[..length])
                ? Encoding.UTF8.GetString(buffer[..length])
                : UnescapeSlowly(text);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // ASCII text with well-formed %XX escapes, decoded to bytes; false for anything else (left to UnescapeSlowly).
    // Runs between escapes are found and narrowed to bytes with vectorised searches.
    private static bool TryPercentDecode(ReadOnlySpan<char> text, Span<byte> bytes, out int length)
    {
        length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            var next = rest.IndexOfAny('%', '+');
            var run = next < 0 ? rest : rest[..next];
            if (Ascii.FromUtf16(run, bytes[length..], out var written) != OperationStatus.Done)
            {
                return false;
            }

            length += written;
            i += run.Length;
            if (next < 0)
            {
                break;
            }

            if (text[i] == '+')
            {
                bytes[length++] = (byte)' ';
                i++;
                continue;
            }

            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                return false;
            }

            bytes[length++] = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
            i += 3;
        }

        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // Uri's own rules for the odd cases: malformed escapes stay as written, invalid UTF-8 stays escaped.
    private static string UnescapeSlowly(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var spaced = buffer[..text.Length];
            text.Replace(spaced, '+', ' ');
            return Uri.UnescapeDataString(spaced);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
