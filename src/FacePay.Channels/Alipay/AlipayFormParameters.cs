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
        foreach (var part in formBody.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
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

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
