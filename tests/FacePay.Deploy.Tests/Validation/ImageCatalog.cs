using System.Text.RegularExpressions;
using FacePay.Deploy.Tests.Docker;
using FacePay.Testing;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>The images of <c>deploy/docker</c> and how manifest image references map onto them.</summary>
internal sealed partial class ImageCatalog
{
    private static readonly Dictionary<string, FacePayProcess> Processes = new(StringComparer.Ordinal)
    {
        ["silo"] = FacePayProcess.Silo,
        ["merchant-api"] = FacePayProcess.MerchantApi,
        ["sandbox"] = FacePayProcess.Sandbox,
        ["schema"] = FacePayProcess.Schema,
    };

    private ImageCatalog(IReadOnlyDictionary<string, FacePayImage> images) => Images = images;

    public static string DockerDirectory => Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "docker");

    public IReadOnlyDictionary<string, FacePayImage> Images { get; }

    public static ImageCatalog Load()
    {
        var images = new Dictionary<string, FacePayImage>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(DockerDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var dockerfile = Dockerfile.Load(Path.Combine(folder, "Dockerfile"));
            if (!Processes.TryGetValue(name, out var process))
            {
                throw new InvalidOperationException($"deploy/docker/{name} is not an image the tests know; add it to {nameof(ImageCatalog)}.");
            }

            var project = PublishedProject(dockerfile);
            images[name] = new FacePayImage(name, process, dockerfile, project is null ? null : Path.GetDirectoryName(Path.Combine(RepositoryPaths.RepositoryRoot, project)));
        }

        return new ImageCatalog(images);
    }

    /// <summary>The project file (relative to the repository) a Dockerfile publishes, or null.</summary>
    public static string? PublishedProject(Dockerfile dockerfile) =>
        dockerfile.Stages.SelectMany(s => s.All("RUN"))
            .Select(r => PublishCommand().Match(r.Arguments))
            .FirstOrDefault(m => m.Success)?.Groups["project"].Value;

    /// <summary>Finds the image of a manifest reference such as <c>registry.example.com/facepay/silo:1.2.3</c>.</summary>
    public FacePayImage? Find(string reference, out string? tag)
    {
        var match = ImageReference().Match(reference);
        tag = match.Success && match.Groups["tag"].Success ? match.Groups["tag"].Value : null;
        return match.Success && Images.TryGetValue(match.Groups["name"].Value, out var image) ? image : null;
    }

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishCommand();

    [GeneratedRegex(@"(^|/)facepay/(?<name>[a-z0-9-]+)(:(?<tag>[A-Za-z0-9_.-]+))?(@sha256:[0-9a-f]{64})?$")]
    private static partial Regex ImageReference();
}
