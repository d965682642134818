using k8s;
using k8s.Models;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>An object that runs pods, reduced to what the rules look at.</summary>
/// <param name="Kind">Deployment, StatefulSet, Job, ...</param>
/// <param name="Name">Its name.</param>
/// <param name="Template">The pod template.</param>
/// <param name="Replicas">Desired replicas (1 for jobs).</param>
/// <param name="Selector">The selector's match labels (empty for jobs).</param>
internal sealed record Workload(string Kind, string Name, V1PodTemplateSpec Template, int Replicas, IDictionary<string, string> Selector)
{
    /// <summary>Pods that run until stopped (probes make sense), as opposed to jobs.</summary>
    public bool IsLongRunning => Kind is "Deployment" or "StatefulSet" or "DaemonSet";

    public IDictionary<string, string> PodLabels => Template.Metadata?.Labels ?? new Dictionary<string, string>();

    public IEnumerable<V1Container> AllContainers => (Template.Spec.InitContainers ?? []).Concat(Template.Spec.Containers ?? []);

    public bool IsSelectedBy(IDictionary<string, string>? selector) =>
        selector is { Count: > 0 } && selector.All(s => PodLabels.TryGetValue(s.Key, out var value) && value == s.Value);

    public static Workload? From(IKubernetesObject item) => item switch
    {
        V1Deployment d => new("Deployment", d.Metadata.Name, d.Spec.Template, d.Spec.Replicas ?? 1, d.Spec.Selector?.MatchLabels ?? new Dictionary<string, string>()),
        V1StatefulSet s => new("StatefulSet", s.Metadata.Name, s.Spec.Template, s.Spec.Replicas ?? 1, s.Spec.Selector?.MatchLabels ?? new Dictionary<string, string>()),
        V1DaemonSet d => new("DaemonSet", d.Metadata.Name, d.Spec.Template, 1, d.Spec.Selector?.MatchLabels ?? new Dictionary<string, string>()),
        V1Job j => new("Job", j.Metadata.Name, j.Spec.Template, 1, new Dictionary<string, string>()),
        _ => null,
    };
}
