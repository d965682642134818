using k8s.Models;

namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>Selectors that select something, and named ports that exist on the pods they select.</summary>
internal static class SelectorRules
{
    public static IEnumerable<string> Check(DeploymentContext context)
    {
        foreach (var workload in context.Workloads.Where(w => w.Kind != "Job"))
        {
            if (!workload.IsSelectedBy(workload.Selector))
            {
                yield return $"{workload.Kind}/{workload.Name}: spec.selector does not match its own pod template's labels";
            }
        }

        foreach (var service in context.Objects.OfType<V1Service>())
        {
            var pods = Selected(context, service.Spec.Selector);
            if (pods.Count == 0)
            {
                yield return $"Service/{service.Metadata.Name}: selects no pods";
                continue;
            }

            foreach (var port in service.Spec.Ports ?? [])
            {
                if (port.TargetPort?.Value is { } target && !pods.All(w => Declares(w, target)))
                {
                    yield return $"Service/{service.Metadata.Name}: targetPort {target} is not declared by every selected pod";
                }
            }
        }

        foreach (var budget in context.Objects.OfType<V1PodDisruptionBudget>())
        {
            if (Selected(context, budget.Spec.Selector?.MatchLabels).Count == 0)
            {
                yield return $"PodDisruptionBudget/{budget.Metadata.Name}: selects no pods";
            }
        }

        foreach (var policy in context.Objects.OfType<V1NetworkPolicy>())
        {
            foreach (var problem in Policy(context, policy))
            {
                yield return problem;
            }
        }

        // Every workload with more than one replica has a disruption budget.
        foreach (var workload in context.Workloads.Where(w => w.IsLongRunning && w.Replicas > 1))
        {
            if (!context.Objects.OfType<V1PodDisruptionBudget>().Any(b => workload.IsSelectedBy(b.Spec.Selector?.MatchLabels)))
            {
                yield return $"{workload.Kind}/{workload.Name}: {workload.Replicas} replicas but no PodDisruptionBudget";
            }
        }
    }

    private static IEnumerable<string> Policy(DeploymentContext context, V1NetworkPolicy policy)
    {
        var where = $"NetworkPolicy/{policy.Metadata.Name}";
        var selector = policy.Spec.PodSelector?.MatchLabels;
        var targets = selector is { Count: > 0 } ? Selected(context, selector) : context.Workloads.ToList();
        if (targets.Count == 0)
        {
            yield return $"{where}: podSelector selects no pods";
        }

        foreach (var rule in policy.Spec.Ingress ?? [])
        {
            foreach (var peer in rule.FromProperty ?? [])
            {
                if (peer.PodSelector?.MatchLabels is { Count: > 0 } from && peer.NamespaceSelector is null && Selected(context, from).Count == 0)
                {
                    yield return $"{where}: an ingress rule allows pods {string.Join(',', from.Select(l => $"{l.Key}={l.Value}"))}, which no workload has";
                }
            }

            foreach (var port in rule.Ports ?? [])
            {
                if (port.Port?.Value is { } value && !int.TryParse(value, out _) && !targets.All(w => Declares(w, value)))
                {
                    yield return $"{where}: port '{value}' is not a named port of every pod the policy selects";
                }
            }
        }
    }

    private static List<Workload> Selected(DeploymentContext context, IDictionary<string, string>? selector) =>
        context.Workloads.Where(w => w.IsSelectedBy(selector)).ToList();

    private static bool Declares(Workload workload, string port) =>
        (workload.Template.Spec.Containers ?? []).SelectMany(c => c.Ports ?? [])
            .Any(p => p.Name == port || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port);
}
