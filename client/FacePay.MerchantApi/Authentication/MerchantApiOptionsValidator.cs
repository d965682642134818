using FacePay.Domain;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Authentication;

/// <summary>Fails start-up on keys or limits that would make authentication or limiting meaningless. Never prints a secret.</summary>
public sealed class MerchantApiOptionsValidator : IValidateOptions<MerchantApiOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MerchantApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var keyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (merchantId, merchant) in options.Merchants)
        {
            var at = $"{MerchantApiOptions.Section}:Merchants:{merchantId}";
            if (!OrderKey.IsValidMerchantId(merchantId))
            {
                failures.Add($"{at}: the merchant id must be 1-{OrderKey.MaxMerchantIdLength} characters of [A-Za-z0-9_-].");
            }

            if (merchant.ApiKeys.Count == 0)
            {
                failures.Add($"{at}:ApiKeys: at least one key is required.");
            }

            for (var i = 0; i < merchant.ApiKeys.Count; i++)
            {
                var key = merchant.ApiKeys[i];
                if (!MerchantKeys.IsValidKeyId(key.Id))
                {
                    failures.Add($"{at}:ApiKeys:{i}:Id must be 8-64 characters of [A-Za-z0-9_-].");
                }
                else if (!keyIds.Add(key.Id))
                {
                    failures.Add($"{at}:ApiKeys:{i}:Id '{key.Id}' is used twice; key ids are unique across merchants.");
                }

                if (System.Text.Encoding.UTF8.GetByteCount(key.Secret ?? string.Empty) < ApiKeyOptions.MinSecretBytes)
                {
                    failures.Add($"{at}:ApiKeys:{i}:Secret must be at least {ApiKeyOptions.MinSecretBytes} bytes.");
                }
            }

            if (merchant.RateLimit is { } limit)
            {
                ValidateLimit(limit, $"{at}:RateLimit", failures);
            }
        }

        ValidateLimit(options.DefaultRateLimit, $"{MerchantApiOptions.Section}:DefaultRateLimit", failures);
        if (options.SignatureWindow < TimeSpan.FromSeconds(10) || options.SignatureWindow > TimeSpan.FromMinutes(30))
        {
            failures.Add($"{MerchantApiOptions.Section}:SignatureWindow must be between 10 seconds and 30 minutes.");
        }

        if (options.MaxJsonBodyBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"{MerchantApiOptions.Section}:MaxJsonBodyBytes must be 1 KiB to 16 MiB.");
        }

        if (options.MaxImageBytes is < 16 * 1024 or > 32 * 1024 * 1024)
        {
            failures.Add($"{MerchantApiOptions.Section}:MaxImageBytes must be 16 KiB to 32 MiB.");
        }

        if (options.MaxEnrollmentPhotos is < 1 or > 5)
        {
            failures.Add($"{MerchantApiOptions.Section}:MaxEnrollmentPhotos must be 1 to 5 (the member grain's limit).");
        }

        if (options.MaxNotificationBytes is < 1024 or > 1024 * 1024)
        {
            failures.Add($"{MerchantApiOptions.Section}:MaxNotificationBytes must be 1 KiB to 1 MiB.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateLimit(MerchantRateLimitOptions limit, string at, List<string> failures)
    {
        if (limit.PermitsPerSecond is < 1 or > 100_000)
        {
            failures.Add($"{at}:PermitsPerSecond must be 1 to 100000.");
        }

        if (limit.Burst < 1 || limit.Burst > 1_000_000)
        {
            failures.Add($"{at}:Burst must be 1 to 1000000.");
        }
    }
}
