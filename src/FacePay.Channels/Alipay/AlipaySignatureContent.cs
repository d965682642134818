using System.Text;

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
        var included = parameters
            .Where(p => !string.IsNullOrEmpty(p.Value) && !string.IsNullOrEmpty(p.Key))
            .Where(p => p.Key != "sign" && !(excludeSignType && p.Key == "sign_type"))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var (key, value) in included)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(key).Append('=').Append(value);
        }

        return builder.ToString();
    }
}
