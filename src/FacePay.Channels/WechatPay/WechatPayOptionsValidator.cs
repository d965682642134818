using System.Text;
using FacePay.Channels.Crypto;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.WechatPay;

/// <summary>Checks at start-up that keys parse, the APIv3 key is 32 bytes and at least one verifier key exists.</summary>
public sealed class WechatPayOptionsValidator : IValidateOptions<WechatPayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WechatPayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add("WechatPay BaseUrl must be absolute.");
        }

        if (Encoding.UTF8.GetByteCount(options.ApiV3Key ?? string.Empty) != 32)
        {
            failures.Add("WechatPay ApiV3Key must be exactly 32 bytes.");
        }

        try
        {
            using var key = RsaKeyLoader.LoadPrivateKey(options.MerchantPrivateKeyPem ?? string.Empty);
        }
        catch (KeyFormatException ex)
        {
            failures.Add($"WechatPay MerchantPrivateKeyPem is not a usable RSA private key: {ex.Message}");
        }

        foreach (var pem in options.PlatformCertificatesPem)
        {
            try
            {
                using var certificate = RsaKeyLoader.LoadCertificate(pem);
            }
            catch (KeyFormatException ex)
            {
                failures.Add($"A WechatPay platform certificate cannot be read: {ex.Message}");
            }
        }

        var hasPublicKey = !string.IsNullOrWhiteSpace(options.PublicKeyId) || !string.IsNullOrWhiteSpace(options.PublicKeyPem);
        if (hasPublicKey)
        {
            if (options.PublicKeyId is null || !options.PublicKeyId.StartsWith(WechatPayVerifierStore.PublicKeyIdPrefix, StringComparison.Ordinal))
            {
                failures.Add($"WechatPay PublicKeyId must start with {WechatPayVerifierStore.PublicKeyIdPrefix}.");
            }

            try
            {
                using var key = RsaKeyLoader.LoadPublicKey(options.PublicKeyPem ?? string.Empty);
            }
            catch (KeyFormatException ex)
            {
                failures.Add($"WechatPay PublicKeyPem is not a usable RSA public key: {ex.Message}");
            }
        }

        if (!hasPublicKey && options.PlatformCertificatesPem.Count == 0)
        {
            failures.Add("WechatPay needs at least one verifier: a platform certificate or a public key id + PEM.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
