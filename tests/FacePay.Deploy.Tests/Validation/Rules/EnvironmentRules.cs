using System.Text.RegularExpressions;
using FacePay.Testing;

namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>
/// Every environment variable and ConfigMap key names a setting the program reads; secrets come from Secrets, and
/// every referenced ConfigMap, Secret and Secret key exists.
/// </summary>
internal static partial class EnvironmentRules
{
    private static readonly Lazy<IReadOnlySet<string>> SchemaScriptVariables = new(() =>
        FacePayVariable().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "docker", "schema", "apply-schema.sh"))).Select(m => m.Value).ToHashSet());

    public static IEnumerable<string> Check(DeploymentContext context)
    {
        foreach (var (workload, container, image) in context.FacePayContainers())
        {
            var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
            var extra = image.Process == FacePayProcess.Schema ? SchemaScriptVariables.Value : null;
            foreach (var env in context.EnvironmentOf(container, image).Values.Where(e => e.Source != EnvSource.Image))
            {
                var resolution = ConfigurationKeys.ResolveVariable(image.Process, env.Name, env.Value, extra);
                if (resolution.Problem is { } problem)
                {
                    yield return $"{where}: {problem} ({env.Source} {env.Detail})";
                }
                else if (resolution.IsSecret && env.Source != EnvSource.SecretRef)
                {
                    yield return $"{where}: {env.Name} holds a secret and must come from a secretKeyRef, not a {env.Source}";
                }
            }
        }

        foreach (var workload in context.Workloads)
        {
            foreach (var problem in References(context, workload))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> References(DeploymentContext context, Workload workload)
    {
        var where = $"{workload.Kind}/{workload.Name}";
        foreach (var container in workload.AllContainers)
        {
            foreach (var source in container.EnvFrom ?? [])
            {
                if (source.ConfigMapRef is { } map && context.ConfigMaps.All(m => m.Metadata.Name != map.Name))
                {
                    yield return $"{where}/{container.Name}: envFrom names ConfigMap {map.Name}, which the manifests do not define";
                }

                if (source.SecretRef is not null)
                {
                    yield return $"{where}/{container.Name}: envFrom a whole Secret hides which keys are used; reference keys with secretKeyRef";
                }
            }

            foreach (var env in container.Env ?? [])
            {
                if (env.ValueFrom?.SecretKeyRef is { } secret && !context.Secrets.Has(secret.Name, secret.Key))
                {
                    yield return $"{where}/{container.Name}: {env.Name} reads Secret {secret.Name} key {secret.Key}, which secrets.example.yaml does not document";
                }
            }
        }

        foreach (var volume in workload.Template.Spec.Volumes ?? [])
        {
            if (volume.Secret is not { } secret)
            {
                continue;
            }

            if (context.Secrets.Find(secret.SecretName) is null)
            {
                yield return $"{where}: volume {volume.Name} mounts Secret {secret.SecretName}, which secrets.example.yaml does not document";
            }

            foreach (var item in secret.Items ?? [])
            {
                if (!context.Secrets.Has(secret.SecretName, item.Key))
                {
                    yield return $"{where}: volume {volume.Name} reads key {item.Key} of Secret {secret.SecretName}, which secrets.example.yaml does not document";
                }
            }
        }
    }

    [GeneratedRegex("FACEPAY_[A-Z_]+")]
    private static partial Regex FacePayVariable();
}
