using FacePay.Deploy.Tests.Validation;

namespace FacePay.Deploy.Tests.Rendering;

/// <summary>Both overlays rendered once per test run (kustomize is a process start each), shared by the tests.</summary>
public sealed class RenderedOverlays : IAsyncLifetime
{
    public static readonly string[] Environments = ["staging", "production"];

    private readonly Dictionary<string, string> _yaml = new(StringComparer.Ordinal);

    internal ImageCatalog Images { get; } = ImageCatalog.Load();

    internal SecretCatalog Secrets { get; } = SecretCatalog.Load();

    public string Yaml(string environment) => _yaml[environment];

    internal DeploymentContext Context(string environment, Func<string, string>? edit = null)
    {
        var yaml = Yaml(environment);
        if (edit is not null)
        {
            var edited = edit(yaml);
            Assert.NotEqual(yaml, edited); // the edit a negative test relies on must have happened
            yaml = edited;
        }

        return new DeploymentContext(environment, ManifestLoader.Load(yaml), Images, Secrets);
    }

    public async Task InitializeAsync()
    {
        foreach (var environment in Environments)
        {
            _yaml[environment] = await Kustomize.RenderAsync(Path.Combine(Kustomize.ManifestRoot, "overlays", environment));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
