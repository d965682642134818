using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using FacePay.Channels.Alipay;
using FacePay.Channels.Resilience;
using FacePay.Channels.WechatPay;
using FacePay.Client;
using FacePay.Face;
using FacePay.Face.Templates;
using FacePay.Grains.Face;
using FacePay.Grains.Orders;
using FacePay.Grains.Verification;
using FacePay.Grains.Webhooks;
using FacePay.Sandbox;
using FacePay.Silo.Hosting;
using Orleans.Hosting.Kubernetes;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>
/// Checks configuration keys (and environment variable names, <c>__</c> for <c>:</c>) against the options classes the
/// programs bind, so a misspelt or misplaced setting in a manifest fails a test instead of being silently ignored.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Options properties holding secrets: they must come from a Secret, never a literal or a ConfigMap.</summary>
    public static readonly IReadOnlySet<(Type, string)> SecretProperties = new HashSet<(Type, string)>
    {
        (typeof(FacePaySiloOptions), nameof(FacePaySiloOptions.PostgresConnectionString)),
        (typeof(FacePayClientOptions), nameof(FacePayClientOptions.PostgresConnectionString)),
        (typeof(AlipayOptions), nameof(AlipayOptions.AppPrivateKeyPem)),
        (typeof(WechatPayOptions), nameof(WechatPayOptions.MerchantPrivateKeyPem)),
        (typeof(WechatPayOptions), nameof(WechatPayOptions.ApiV3Key)),
        (typeof(TemplateKeyOptions), nameof(TemplateKeyOptions.Key)),
    };

    private const string ChannelsConfigFileKey = "FacePay:ChannelsConfigFile";
    private static readonly string Alipay = FacePayServicesExtensions.ChannelsSection + ":Alipay";
    private static readonly string WechatPay = FacePayServicesExtensions.ChannelsSection + ":WechatPay";

    private static readonly Dictionary<FacePayProcess, (string Section, Type? Options)[]> Sections = new()
    {
        [FacePayProcess.Silo] =
        [
            (FacePaySiloOptions.Section, typeof(FacePaySiloOptions)),
            (SiloKubernetesOptions.Section, typeof(SiloKubernetesOptions)),
            (OrderProcessingOptions.Section, typeof(OrderProcessingOptions)),
            (WebhookDispatcherOptions.SectionName, typeof(WebhookDispatcherOptions)),
            (Alipay, typeof(AlipayOptions)),
            (Alipay + ":" + ChannelServiceCollectionExtensionsResilience, typeof(ChannelResilienceOptions)),
            (WechatPay, typeof(WechatPayOptions)),
            (WechatPay + ":" + ChannelServiceCollectionExtensionsResilience, typeof(ChannelResilienceOptions)),
            (FaceModelOptions.SectionName, typeof(FaceModelOptions)),
            (TemplateProtectionOptions.SectionName, typeof(TemplateProtectionOptions)),
            (FaceCheckOptions.SectionName, typeof(FaceCheckOptions)),
            (VerificationSessionOptions.SectionName, typeof(VerificationSessionOptions)),
            (ChannelsConfigFileKey, null),
        ],
        [FacePayProcess.MerchantApi] = [(FacePayClientOptions.Section, typeof(FacePayClientOptions))],
        [FacePayProcess.Sandbox] = [(SandboxOptions.SectionName, typeof(SandboxOptions))],
        [FacePayProcess.Schema] = [],
    };

    // Environment variables a program reads directly (not through configuration).
    private static readonly Dictionary<FacePayProcess, string[]> ProcessVariables = new()
    {
        [FacePayProcess.Silo] =
        [
            KubernetesHostingOptions.PodNameEnvironmentVariable,
            KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
            KubernetesHostingOptions.PodIPEnvironmentVariable,
            "FACEPAY_MODELS_DIR", // FaceModelDirectory.Resolve
        ],
        [FacePayProcess.MerchantApi] = [],
        [FacePayProcess.Sandbox] = [],
        [FacePayProcess.Schema] = [],
    };

    private static string ChannelServiceCollectionExtensionsResilience => FacePay.Channels.ChannelServiceCollectionExtensions.ResilienceSection;

    /// <summary>Checks an environment variable name (and its literal value, when known) for <paramref name="process"/>.</summary>
    public static KeyResolution ResolveVariable(FacePayProcess process, string name, string? value, IReadOnlySet<string>? extraVariables = null)
    {
        if (ProcessVariables[process].Contains(name, StringComparer.Ordinal) || (extraVariables?.Contains(name) ?? false))
        {
            return KeyResolution.Known(null);
        }

        if (process == FacePayProcess.Schema)
        {
            return KeyResolution.Unknown($"'{name}' is not read by the schema job's script");
        }

        return Resolve(process, name.Replace("__", ":", StringComparison.Ordinal), value);
    }

    /// <summary>Checks a configuration key (and its value, when known) for <paramref name="process"/>.</summary>
    public static KeyResolution Resolve(FacePayProcess process, string key, string? value)
    {
        if (key.Equals("Urls", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Logging:", StringComparison.OrdinalIgnoreCase)
            || key.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || key.StartsWith("DOTNET_", StringComparison.Ordinal))
        {
            return KeyResolution.Known(null);
        }

        var match = Sections[process]
            .Where(s => key.Equals(s.Section, StringComparison.OrdinalIgnoreCase) || key.StartsWith(s.Section + ":", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(s => s.Section.Length)
            .FirstOrDefault();
        if (match.Section is null)
        {
            return KeyResolution.Unknown($"'{key}' is in no configuration section the {process} reads");
        }

        var rest = key.Length == match.Section.Length ? [] : key[(match.Section.Length + 1)..].Split(':');
        if (match.Options is null)
        {
            return rest.Length == 0 ? KeyResolution.Known(null) : KeyResolution.Unknown($"'{key}': {match.Section} is a single value");
        }

        return WalkSection(match.Options, rest, 0, value, key);
    }

    private static KeyResolution WalkSection(Type type, string[] segments, int index, string? value, string key)
    {
        if (index == segments.Length)
        {
            return KeyResolution.Unknown($"'{key}' names the section {type.Name}, not a value");
        }

        var property = type.GetProperty(segments[index], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return KeyResolution.Unknown($"'{key}': {type.Name} has no property '{segments[index]}'");
        }

        return WalkValue(property.PropertyType, property, segments, index + 1, value, key);
    }

    private static KeyResolution WalkValue(Type type, PropertyInfo property, string[] segments, int index, string? value, string key)
    {
        var leaf = Nullable.GetUnderlyingType(type) ?? type;
        if (IsLeaf(leaf))
        {
            if (index != segments.Length)
            {
                return KeyResolution.Unknown($"'{key}': {property.DeclaringType!.Name}.{property.Name} is a value, not a section");
            }

            return value is null || Converts(leaf, value)
                ? KeyResolution.Known(property)
                : KeyResolution.Unknown($"'{key}': '{value}' is not a valid {leaf.Name}");
        }

        var collection = ElementType(type);
        if (collection is { } element)
        {
            if (index == segments.Length)
            {
                // An empty JSON array or object binds to an empty collection.
                return string.IsNullOrEmpty(value) ? KeyResolution.Known(property) : KeyResolution.Unknown($"'{key}' is a collection, not a value");
            }

            if (!IsDictionary(type) && !int.TryParse(segments[index], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return KeyResolution.Unknown($"'{key}': '{segments[index]}' is not an index of {property.Name}");
            }

            return WalkValue(element, property, segments, index + 1, value, key);
        }

        return WalkSection(leaf, segments, index, value, key);
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
        || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid);

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        var dictionary = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    private static bool Converts(Type type, string value)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            return false;
        }
    }
}
