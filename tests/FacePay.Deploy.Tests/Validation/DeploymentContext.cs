using k8s;
using k8s.Models;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>A rendered overlay with what the rules need to judge it: the images, the documented Secrets.</summary>
internal sealed class DeploymentContext
{
    public DeploymentContext(string environment, IReadOnlyList<IKubernetesObject> objects, ImageCatalog images, SecretCatalog secrets)
    {
        Environment = environment;
        Objects = objects;
        Images = images;
        Secrets = secrets;
        Workloads = objects.Select(Workload.From).OfType<Workload>().ToList();
        ConfigMaps = objects.OfType<V1ConfigMap>().ToList();
    }

    /// <summary>The overlay's name: <c>staging</c> or <c>production</c>.</summary>
    public string Environment { get; }

    public IReadOnlyList<IKubernetesObject> Objects { get; }

    public ImageCatalog Images { get; }

    public SecretCatalog Secrets { get; }

    public IReadOnlyList<Workload> Workloads { get; }

    public IReadOnlyList<V1ConfigMap> ConfigMaps { get; }

    public IEnumerable<(Workload Workload, V1Container Container, FacePayImage Image)> FacePayContainers() =>
        from workload in Workloads
        from container in workload.AllContainers
        let image = Images.Find(container.Image ?? string.Empty, out _)
        where image is not null
        select (workload, container, image);

    public Workload? WorkloadRunning(string imageName) =>
        Workloads.FirstOrDefault(w => (w.Template.Spec.Containers ?? []).Any(c => Images.Find(c.Image ?? string.Empty, out _)?.Name == imageName));

    /// <summary>The container's environment as the program sees it: image ENV, then envFrom ConfigMaps, then env.</summary>
    public IReadOnlyDictionary<string, EnvValue> EnvironmentOf(V1Container container, FacePayImage? image)
    {
        var result = new Dictionary<string, EnvValue>(StringComparer.Ordinal);
        foreach (var (name, value) in image?.Dockerfile.Environment ?? new Dictionary<string, string>())
        {
            result[name] = new EnvValue(name, value, EnvSource.Image, image!.Name);
        }

        foreach (var source in container.EnvFrom ?? [])
        {
            if (source.ConfigMapRef is { } reference && ConfigMaps.FirstOrDefault(m => m.Metadata.Name == reference.Name) is { } map)
            {
                foreach (var (name, value) in map.Data ?? new Dictionary<string, string>())
                {
                    result[(source.Prefix ?? string.Empty) + name] = new EnvValue(name, value, EnvSource.ConfigMap, map.Metadata.Name);
                }
            }
        }

        foreach (var env in container.Env ?? [])
        {
            result[env.Name] = env switch
            {
                { ValueFrom.FieldRef: { } field } => new EnvValue(env.Name, null, EnvSource.FieldRef, field.FieldPath),
                { ValueFrom.SecretKeyRef: { } secret } => new EnvValue(env.Name, null, EnvSource.SecretRef, $"{secret.Name}/{secret.Key}"),
                { ValueFrom: not null } => new EnvValue(env.Name, null, EnvSource.Other, string.Empty),
                _ => new EnvValue(env.Name, env.Value ?? string.Empty, EnvSource.Literal, string.Empty),
            };
        }

        return result;
    }

    /// <summary>
    /// The configuration the program would bind from what is stated literally: its appsettings.json, then the
    /// literal environment (values from Secrets and the downward API are unknown here).
    /// </summary>
    public IConfiguration ConfigurationOf(V1Container container, FacePayImage image)
    {
        var builder = new ConfigurationBuilder();
        if (image.ProjectDirectory is { } project)
        {
            builder.AddJsonFile(Path.Combine(project, "appsettings.json"), optional: true);
        }

        builder.AddInMemoryCollection(EnvironmentOf(container, image).Values
            .Where(e => e.Value is not null)
            .Select(e => new KeyValuePair<string, string?>(e.Name.Replace("__", ":", StringComparison.Ordinal), e.Value)));
        return builder.Build();
    }

    /// <summary>
    /// Binds a section as the program would, or returns null when a value does not convert (EnvironmentRules reports
    /// that value; the rules that need the bound options skip it).
    /// </summary>
    public static T? Bind<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
