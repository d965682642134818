using Microsoft.Extensions.Options;

namespace FacePay.Face.Templates;

/// <summary>Fails start-up when a template key is malformed or the active key is missing.</summary>
public sealed class TemplateProtectionOptionsValidator : IValidateOptions<TemplateProtectionOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TemplateProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        _ = ConfigurationTemplateKeyProvider.Parse(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
