using FacePay.Channels.Crypto;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Alipay;

/// <summary>Checks at start-up that the configured keys can actually be read (without ever printing them).</summary>
public sealed class AlipayOptionsValidator : IValidateOptions<AlipayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AlipayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.GatewayUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Alipay GatewayUrl must be absolute.");
        }

        try
        {
            using var key = RsaKeyLoader.LoadPrivateKey(options.AppPrivateKeyPem ?? string.Empty);
        }
        catch (KeyFormatException ex)
        {
            failures.Add($"Alipay AppPrivateKeyPem is not a usable RSA private key: {ex.Message}");
        }

        try
        {
            using var key = RsaKeyLoader.LoadPublicKey(options.AlipayPublicKeyPem ?? string.Empty);
        }
        catch (KeyFormatException ex)
        {
            failures.Add($"Alipay AlipayPublicKeyPem is not a usable RSA public key: {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(options.AppCertificatePem) != string.IsNullOrWhiteSpace(options.AlipayRootCertificatePem))
        {
            failures.Add("Alipay certificate mode needs both AppCertificatePem and AlipayRootCertificatePem.");
        }
        else if (!string.IsNullOrWhiteSpace(options.AppCertificatePem))
        {
            try
            {
                _ = AlipayCertificateSerial.Compute(options.AppCertificatePem);
                _ = AlipayCertificateSerial.ComputeRoot(options.AlipayRootCertificatePem!);
            }
            catch (KeyFormatException ex)
            {
                failures.Add($"Alipay certificate mode certificates cannot be read: {ex.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
