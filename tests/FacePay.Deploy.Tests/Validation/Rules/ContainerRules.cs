using FacePay.Silo.Hosting;
using k8s.Models;

namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>Resources, probes, security context, and ports that agree with the image and the program's settings.</summary>
internal static class ContainerRules
{
    private static readonly string[] Resources = ["cpu", "memory"];

    public static IEnumerable<string> Check(DeploymentContext context)
    {
        foreach (var workload in context.Workloads)
        {
            var pod = workload.Template.Spec;
            if (pod.SecurityContext?.RunAsNonRoot != true)
            {
                yield return $"{workload.Kind}/{workload.Name}: pod securityContext.runAsNonRoot must be true";
            }

            foreach (var container in workload.AllContainers)
            {
                var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
                foreach (var resource in Resources)
                {
                    if (container.Resources?.Requests?.ContainsKey(resource) != true)
                    {
                        yield return $"{where}: no resources.requests.{resource}";
                    }

                    if (container.Resources?.Limits?.ContainsKey(resource) != true)
                    {
                        yield return $"{where}: no resources.limits.{resource}";
                    }
                }

                if (container.SecurityContext?.AllowPrivilegeEscalation != false)
                {
                    yield return $"{where}: securityContext.allowPrivilegeEscalation must be false";
                }
            }

            if (!workload.IsLongRunning)
            {
                continue;
            }

            foreach (var container in pod.Containers)
            {
                foreach (var problem in Probes(context, workload, container))
                {
                    yield return problem;
                }
            }
        }

        foreach (var (workload, container, image) in context.FacePayContainers())
        {
            foreach (var problem in Ports(context, workload, container, image))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> Probes(DeploymentContext context, Workload workload, V1Container container)
    {
        var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
        var image = context.Images.Find(container.Image ?? string.Empty, out _);

        // Our .NET hosts serve /health/live (the process answers) and /health/ready (it can do its job).
        var (live, ready) = image?.Process is FacePayProcess.Silo or FacePayProcess.MerchantApi
            ? ("/health/live", "/health/ready")
            : ((string?)null, (string?)null);
        foreach (var (kind, probe, path) in new[] { ("livenessProbe", container.LivenessProbe, live), ("readinessProbe", container.ReadinessProbe, ready) })
        {
            if (probe is null)
            {
                yield return $"{where}: no {kind}";
                continue;
            }

            if (probe.HttpGet is { } get)
            {
                if (path is not null && get.Path != path)
                {
                    yield return $"{where}: {kind} must GET {path}, not {get.Path}";
                }

                if (!HasPort(container, get.Port.Value))
                {
                    yield return $"{where}: {kind} targets port '{get.Port.Value}', which the container does not declare";
                }
            }
            else if (path is not null)
            {
                yield return $"{where}: {kind} must be an httpGet of {path}";
            }
        }
    }

    private static IEnumerable<string> Ports(DeploymentContext context, Workload workload, V1Container container, FacePayImage image)
    {
        var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
        var exposed = image.Dockerfile.ExposedPorts;
        foreach (var port in container.Ports ?? [])
        {
            if (!exposed.Contains(port.ContainerPort))
            {
                yield return $"{where}: port {port.Name} {port.ContainerPort} is not EXPOSEd by deploy/docker/{image.Name}/Dockerfile";
            }
        }

        if (image.ProjectDirectory is null || container.Command is { Count: > 0 })
        {
            yield break; // not a .NET host, or an init container running something else
        }

        var configuration = context.ConfigurationOf(container, image);
        var expected = new List<(string Port, int? Value, string Setting)>
        {
            ("http", UrlPort(configuration["Urls"]), "Urls"),
        };
        if (image.Process == FacePayProcess.Silo)
        {
            var silo = DeploymentContext.Bind<FacePaySiloOptions>(configuration, FacePaySiloOptions.Section);
            expected.Add(("silo", silo?.SiloPort, "FacePay:Silo:SiloPort"));
            expected.Add(("gateway", silo?.GatewayPort, "FacePay:Silo:GatewayPort"));
        }

        foreach (var (name, value, setting) in expected)
        {
            var declared = container.Ports?.FirstOrDefault(p => p.Name == name);
            if (declared is null)
            {
                yield return $"{where}: no container port named '{name}'";
            }
            else if (declared.ContainerPort != value)
            {
                yield return $"{where}: port '{name}' is {declared.ContainerPort} but the program listens on {value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} ({setting})";
            }
        }
    }

    private static int? UrlPort(string? urls) =>
        urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri.Port : (int?)null).FirstOrDefault();

    private static bool HasPort(V1Container container, string port) =>
        (container.Ports ?? []).Any(p => p.Name == port || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port);
}
