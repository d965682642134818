using FacePay.Client;
using FacePay.Silo.Hosting;
using k8s.Models;
using Orleans.Hosting.Kubernetes;

namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>
/// What Microsoft.Orleans.Hosting.Kubernetes and our silo need from the manifests: the downward-API variables, pod
/// labels that equal the configured cluster and service ids, a client configured for the same cluster, and a role
/// that lets the silos watch their pods.
/// </summary>
internal static class OrleansRules
{
    private static readonly (string Variable, string FieldPath)[] DownwardApi =
    [
        (KubernetesHostingOptions.PodNameEnvironmentVariable, "metadata.name"),
        (KubernetesHostingOptions.PodNamespaceEnvironmentVariable, "metadata.namespace"),
        (KubernetesHostingOptions.PodIPEnvironmentVariable, "status.podIP"),
        ("FacePay__Silo__AdvertisedAddress", "status.podIP"),
    ];

    private static readonly string[] PodVerbs = ["get", "list", "watch", "patch"];

    public static IEnumerable<string> Check(DeploymentContext context)
    {
        var silos = context.FacePayContainers().Where(c => c.Image.Process == FacePayProcess.Silo).ToList();
        if (silos.Count == 0)
        {
            yield return "no workload runs the silo image";
            yield break;
        }

        FacePaySiloOptions? cluster = null;
        foreach (var (workload, container, image) in silos)
        {
            var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
            var environment = context.EnvironmentOf(container, image);
            foreach (var (variable, path) in DownwardApi)
            {
                if (!environment.TryGetValue(variable, out var env) || env.Source != EnvSource.FieldRef || env.Detail != path)
                {
                    yield return $"{where}: {variable} must come from the downward API field {path}";
                }
            }

            var configuration = context.ConfigurationOf(container, image);
            var kubernetes = DeploymentContext.Bind<SiloKubernetesOptions>(configuration, SiloKubernetesOptions.Section);
            if (kubernetes is { Enabled: false })
            {
                yield return $"{where}: {SiloKubernetesOptions.Section}:Enabled must be true so the silo calls UseKubernetesHosting";
            }

            if (DeploymentContext.Bind<FacePaySiloOptions>(configuration, FacePaySiloOptions.Section) is not { } options)
            {
                continue;
            }

            cluster ??= options;
            foreach (var (label, expected) in new[] { (KubernetesHostingOptions.ClusterIdLabel, options.ClusterId), (KubernetesHostingOptions.ServiceIdLabel, options.ServiceId) })
            {
                if (!workload.PodLabels.TryGetValue(label, out var actual) || actual != expected)
                {
                    yield return $"{where}: pod label {label} must be '{expected}' (the silo's configured id), found '{actual}'";
                }
            }

            foreach (var problem in Permissions(context, workload))
            {
                yield return problem;
            }
        }

        foreach (var (workload, container, image) in context.FacePayContainers().Where(c => c.Image.Process == FacePayProcess.MerchantApi))
        {
            var client = DeploymentContext.Bind<FacePayClientOptions>(context.ConfigurationOf(container, image), FacePayClientOptions.Section);
            if (client is not null && cluster is not null && (client.ClusterId != cluster.ClusterId || client.ServiceId != cluster.ServiceId))
            {
                yield return $"{workload.Kind}/{workload.Name}/{container.Name}: the client joins {client.ClusterId}/{client.ServiceId} but the silos form {cluster.ClusterId}/{cluster.ServiceId}";
            }
        }
    }

    private static IEnumerable<string> Permissions(DeploymentContext context, Workload workload)
    {
        var account = workload.Template.Spec.ServiceAccountName;
        if (string.IsNullOrEmpty(account) || account == "default")
        {
            yield return $"{workload.Kind}/{workload.Name}: the silos need a service account of their own";
            yield break;
        }

        var granted = context.Objects.OfType<V1RoleBinding>()
            .Where(b => (b.Subjects ?? []).Any(s => s.Kind == "ServiceAccount" && s.Name == account))
            .Select(b => context.Objects.OfType<V1Role>().FirstOrDefault(r => b.RoleRef.Kind == "Role" && r.Metadata.Name == b.RoleRef.Name))
            .OfType<V1Role>()
            .SelectMany(r => r.Rules ?? [])
            .Where(r => (r.ApiGroups ?? []).Contains(string.Empty) && (r.Resources ?? []).Contains("pods"))
            .SelectMany(r => r.Verbs ?? [])
            .ToHashSet();
        var missing = PodVerbs.Where(v => !granted.Contains(v)).ToList();
        if (missing.Count > 0)
        {
            yield return $"{workload.Kind}/{workload.Name}: service account {account} may not {string.Join(", ", missing)} pods (Orleans' Kubernetes hosting needs {string.Join(", ", PodVerbs)})";
        }
    }
}
