using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Authentication;

/// <summary>The configured API keys by key id, with each secret held only as key bytes.</summary>
public sealed class MerchantKeys
{
    private readonly Dictionary<string, (string MerchantId, byte[] Secret)> _keys = new(StringComparer.Ordinal);

    /// <summary>Indexes the validated options.</summary>
    public MerchantKeys(IOptions<MerchantApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (merchantId, merchant) in options.Value.Merchants)
        {
            foreach (var key in merchant.ApiKeys)
            {
                _keys[key.Id] = (merchantId, Encoding.UTF8.GetBytes(key.Secret));
            }
        }
    }

    /// <summary>Whether a key id is well formed.</summary>
    public static bool IsValidKeyId([NotNullWhen(true)] string? keyId) =>
        keyId is { Length: >= 8 and <= 64 } && keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>The merchant and secret bytes of a key id.</summary>
    public bool TryFind(string keyId, [NotNullWhen(true)] out string? merchantId, [NotNullWhen(true)] out byte[]? secret)
    {
        if (_keys.TryGetValue(keyId, out var entry))
        {
            (merchantId, secret) = entry;
            return true;
        }

        merchantId = null;
        secret = null;
        return false;
    }
}
