using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace FacePay.Face.Templates;

/// <summary>Reads template keys from <see cref="TemplateProtectionOptions"/> once, at construction.</summary>
public sealed class ConfigurationTemplateKeyProvider : ITemplateKeyProvider
{
    private readonly Dictionary<string, TemplateKey> keys;

    /// <summary>Parses and checks every configured key.</summary>
    /// <exception cref="OptionsValidationException">A key is not valid base64 of the right length, or the active key is missing.</exception>
    public ConfigurationTemplateKeyProvider(IOptions<TemplateProtectionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        keys = Parse(options.Value, failures);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(TemplateProtectionOptions.SectionName, typeof(TemplateProtectionOptions), failures);
        }

        ActiveKey = keys[options.Value.ActiveKeyId];
    }

    /// <inheritdoc />
    public TemplateKey ActiveKey { get; }

    /// <inheritdoc />
    public bool TryGetKey(string keyId, [NotNullWhen(true)] out TemplateKey? key) => keys.TryGetValue(keyId, out key);

    /// <summary>Checks options without constructing a provider (used by start-up validation).</summary>
    internal static Dictionary<string, TemplateKey> Parse(TemplateProtectionOptions options, List<string> failures)
    {
        var result = new Dictionary<string, TemplateKey>(StringComparer.Ordinal);
        foreach (var (id, entry) in options.Keys)
        {
            var material = new byte[64];
            if (!Convert.TryFromBase64String(entry.Key ?? string.Empty, material, out var length))
            {
                failures.Add($"{TemplateProtectionOptions.SectionName}:Keys:{id}:Key is not valid base64 (or longer than 64 bytes).");
                continue;
            }

            try
            {
                result[id] = new TemplateKey(id, entry.Cipher, material.AsSpan(0, length));
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{TemplateProtectionOptions.SectionName}:Keys:{id}: {ex.Message}");
            }
            finally
            {
                Array.Clear(material);
            }
        }

        if (string.IsNullOrWhiteSpace(options.ActiveKeyId))
        {
            failures.Add($"{TemplateProtectionOptions.SectionName}:ActiveKeyId is not set.");
        }
        else if (!options.Keys.ContainsKey(options.ActiveKeyId))
        {
            failures.Add($"{TemplateProtectionOptions.SectionName}:ActiveKeyId '{options.ActiveKeyId}' is not among the configured keys.");
        }

        return result;
    }
}
