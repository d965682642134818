using System.Buffers;

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
        var pairs = new List<KeyValuePair<string, string?>>();

        // Span slicing rather than Split/substring: notifications are verified on a hot path (docs/BENCHMARKS.md).
        var rest = formBody.AsSpan();
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
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? default : part[(equals + 1)..];
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

        // '+' is a space in forms; the rest is ordinary percent-decoding of UTF-8 bytes.
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
