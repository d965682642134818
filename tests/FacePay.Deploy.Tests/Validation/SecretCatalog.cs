using FacePay.Deploy.Tests.Rendering;
using k8s.Models;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>The Secrets an operator must create, as documented in <c>deploy/k8s/secrets.example.yaml</c>.</summary>
internal sealed class SecretCatalog
{
    private SecretCatalog(IReadOnlyList<V1Secret> secrets) => Secrets = secrets;

    public static string ExamplePath => Path.Combine(Kustomize.ManifestRoot, "secrets.example.yaml");

    public IReadOnlyList<V1Secret> Secrets { get; }

    public static SecretCatalog Load() =>
        new(ManifestLoader.Load(File.ReadAllText(ExamplePath)).Cast<V1Secret>().ToList());

    public V1Secret? Find(string name) => Secrets.FirstOrDefault(s => s.Metadata.Name == name);

    public bool Has(string name, string key) =>
        Find(name) is { } secret && ((secret.StringData?.ContainsKey(key) ?? false) || (secret.Data?.ContainsKey(key) ?? false));
}
