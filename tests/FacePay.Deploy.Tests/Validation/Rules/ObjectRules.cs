using System.Text.RegularExpressions;
using k8s.Models;

namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>Names, namespaces, and no Secret written into the manifests.</summary>
internal static partial class ObjectRules
{
    public static IEnumerable<string> Check(DeploymentContext context)
    {
        foreach (var item in context.Objects)
        {
            var metadata = ((IMetadata<V1ObjectMeta>)item).Metadata;
            var name = $"{item.Kind}/{metadata?.Name}";
            if (metadata?.Name is not { } objectName || !DnsSubdomain().IsMatch(objectName) || objectName.Length > 253)
            {
                yield return $"{name}: metadata.name must be a DNS-1123 subdomain";
            }

            if (item is not V1Namespace && string.IsNullOrEmpty(metadata?.NamespaceProperty))
            {
                yield return $"{name}: has no namespace (the overlay must set one)";
            }

            if (item is V1Secret)
            {
                yield return $"{name}: Secrets must not be part of the manifests; create them out of band (deploy/k8s/secrets.example.yaml)";
            }

            foreach (var (key, value) in metadata?.Labels ?? new Dictionary<string, string>())
            {
                if (!LabelValue().IsMatch(value))
                {
                    yield return $"{name}: label {key}={value} is not a valid label value";
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex DnsSubdomain();

    [GeneratedRegex("^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$")]
    private static partial Regex LabelValue();
}
