using k8s;

namespace FacePay.Deploy.Tests.Rendering;

/// <summary>
/// Reads multi-document YAML into the KubernetesClient models, strictly: an unknown field, a value of the wrong type
/// or an unknown apiVersion/kind throws instead of being dropped, so a typo cannot pass as a valid manifest.
/// </summary>
internal static class ManifestLoader
{
    /// <summary>Deserializes every document of <paramref name="yaml"/>.</summary>
    /// <exception cref="InvalidManifestException">A document does not match the Kubernetes schema.</exception>
    public static IReadOnlyList<IKubernetesObject> Load(string yaml)
    {
        try
        {
            return KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true).Cast<IKubernetesObject>().ToList();
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidManifestException($"Not a valid Kubernetes manifest: {Describe(ex)}", ex);
        }
    }

    private static string Describe(Exception ex) =>
        ex.InnerException is null ? ex.Message : $"{ex.Message} ({Describe(ex.InnerException)})";
}
