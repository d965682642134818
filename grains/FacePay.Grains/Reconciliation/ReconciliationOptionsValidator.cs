using FacePay.Domain;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Reconciliation;

/// <summary>Checks what data annotations cannot: merchant ids well formed, channels known.</summary>
public sealed class ReconciliationOptionsValidator : IValidateOptions<ReconciliationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReconciliationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (channel, merchantId) in options.MerchantIds)
        {
            if (!Enum.IsDefined(channel))
            {
                failures.Add($"{ReconciliationOptions.Section}:MerchantIds: '{channel}' is not a channel.");
            }

            if (!OrderKey.IsValidMerchantId(merchantId))
            {
                failures.Add($"{ReconciliationOptions.Section}:MerchantIds:{channel}: '{merchantId}' is not a merchant id.");
            }
        }

        if (options.Schedule is null)
        {
            failures.Add($"{ReconciliationOptions.Section}:Schedule is missing.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
