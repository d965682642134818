using System.Buffers;
using System.Diagnostics.CodeAnalysis;
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

    /// <summary>
    /// The notification content written straight as UTF-8 into a pooled buffer (what the signature covers), without the
    /// intermediate string: every received notification is verified. Return the buffer to <see cref="ArrayPool{T}.Shared"/>.
    /// </summary>
    internal static byte[] RentNotificationUtf8(IEnumerable<KeyValuePair<string, string>> parameters, out int length)
    {
        var pairs = Sorted(parameters!, excludeSignType: true, out var count, out var chars);
        try
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxByteCount(chars)));
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    bytes[at++] = (byte)'&';
                }

                at += Encoding.UTF8.GetBytes(pairs[i].Key, bytes.AsSpan(at));
                bytes[at++] = (byte)'=';
                at += Encoding.UTF8.GetBytes(pairs[i].Value, bytes.AsSpan(at));
            }

            length = at;
            return bytes;
        }
        finally
        {
            ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs, clearArray: true);
        }
    }

    private static string Build(IEnumerable<KeyValuePair<string, string?>> parameters, bool excludeSignType)
    {
        var pairs = Sorted(parameters, excludeSignType, out var count, out var chars);
        try
        {
            return count == 0 ? string.Empty : string.Create(chars, (pairs, count), static (destination, state) =>
            {
                var at = 0;
                for (var i = 0; i < state.count; i++)
                {
                    if (i > 0)
                    {
                        destination[at++] = '&';
                    }

                    var (key, value) = state.pairs[i];
                    key.CopyTo(destination[at..]);
                    at += key.Length;
                    destination[at++] = '=';
                    value.CopyTo(destination[at..]);
                    at += value.Length;
                }
            });
        }
        finally
        {
            ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs, clearArray: true);
        }
    }

    /// <summary>
    /// Whether a parameter is part of the signed content: a non-empty name and value, not <c>sign</c>, and for
    /// notifications (<paramref name="excludeSignType"/>) not <c>sign_type</c> either.
    /// </summary>
    internal static bool IsSigned([NotNullWhen(true)] string? name, [NotNullWhen(true)] string? value, bool excludeSignType) =>
        !string.IsNullOrEmpty(name) && !string.IsNullOrEmpty(value) && name != "sign" && !(excludeSignType && name == "sign_type");

    /// <summary>
    /// <see cref="string.CompareOrdinal(string, string)"/> for non-empty names, deciding on the first character
    /// when it differs (it mostly does), which is what makes the insertion sorts cheap.
    /// </summary>
    internal static int CompareNames(string a, string b) => a[0] != b[0] ? a[0] - b[0] : string.CompareOrdinal(a, b);

    // The included pairs in a pooled array, ordinal by key; equal keys keep their given order (a stable sort, so the
    // signed string is reproducible). chars: the length of the joined content.
    private static KeyValuePair<string, string>[] Sorted(
        IEnumerable<KeyValuePair<string, string?>> parameters, bool excludeSignType, out int count, out int chars)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pairs = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(parameters.TryGetNonEnumeratedCount(out var known) ? Math.Max(1, known) : 32);
        count = 0;
        chars = -1;
        foreach (var (key, value) in parameters)
        {
            if (!IsSigned(key, value, excludeSignType))
            {
                continue;
            }

            if (count == pairs.Length)
            {
                var larger = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(pairs.Length * 2);
                pairs.AsSpan(0, count).CopyTo(larger);
                ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs, clearArray: true);
                pairs = larger;
            }

            // Insertion sort while collecting: a few dozen parameters, no delegate, stable.
            var at = count++;
            while (at > 0 && CompareNames(pairs[at - 1].Key, key) > 0)
            {
                pairs[at] = pairs[at - 1];
                at--;
            }

            pairs[at] = new(key, value);
            chars += key.Length + value.Length + 2;
        }

        chars = Math.Max(0, chars);
        return pairs;
    }
}
