namespace FacePay.Channels.Alipay;

/// <summary>
/// Builds the string Alipay signs: parameters with empty values dropped, keys in ordinal (ASCII) order, joined as
/// <c>k=v&amp;k=v</c> with raw (not URL-encoded) values. Requests exclude only <c>sign</c> (so <c>sign_type</c> is
/// signed); asynchronous notifications exclude <c>sign</c> and <c>sign_type</c>.
/// </summary>
public static class AlipaySignatureContent
{
    /// <summary>The content of a gateway request: every parameter but <c>sign</c>.</summary>
    /// <param name="parameters">The request parameters.</param>
    /// <returns>The string to sign.</returns>
    public static string ForRequest(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Build(parameters, excludeSignType: false);

    /// <summary>The content of an asynchronous notification: every parameter but <c>sign</c> and <c>sign_type</c>.</summary>
    /// <param name="parameters">The notification's form parameters.</param>
    /// <returns>The string to verify.</returns>
    public static string ForNotification(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        Build(parameters, excludeSignType: true);

    private static string Build(IEnumerable<KeyValuePair<string, string?>> parameters, bool excludeSignType)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var included = new List<(string Key, string Value, int Order)>();
        var length = -1;
        foreach (var (key, value) in parameters)
        {
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(value) || key == "sign" || (excludeSignType && key == "sign_type"))
            {
                continue;
            }

            included.Add((key, value, included.Count));
            length += key.Length + value.Length + 2;
        }

        if (included.Count == 0)
        {
            return string.Empty;
        }

        // Ordinal by key; equal keys keep their given order (a stable sort, as the signature must be reproducible).
        included.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : a.Order.CompareTo(b.Order);
        });
        return string.Create(length, included, static (chars, pairs) =>
        {
            var at = 0;
            foreach (var (key, value, _) in pairs)
            {
                if (at > 0)
                {
                    chars[at++] = '&';
                }

                key.CopyTo(chars[at..]);
                at += key.Length;
                chars[at++] = '=';
                value.CopyTo(chars[at..]);
                at += value.Length;
            }
        });
    }
}
