namespace FacePay.Silo.Hosting;

/// <summary>
/// Kubernetes hosting of a silo, bound from <c>FacePay:Silo:Kubernetes</c>. Off by default so local runs are
/// unchanged; the manifests in <c>deploy/k8s</c> switch it on (<c>FacePay__Silo__Kubernetes__Enabled=true</c>) and
/// give the pod its name, namespace and IP through the downward API (<c>POD_NAME</c>, <c>POD_NAMESPACE</c>, <c>POD_IP</c>).
/// </summary>
public sealed class SiloKubernetesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Silo:Kubernetes";

    /// <summary>
    /// Run with <c>Microsoft.Orleans.Hosting.Kubernetes</c>: the silo is named after its pod, and silos whose pods
    /// were deleted are declared dead at once instead of after missed heartbeats.
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>How many silos watch the Kubernetes API for the whole cluster (Orleans' default is 2).</summary>
    public int MaxAgents { get; set; } = 2;

    /// <summary>
    /// Delete the pod of a silo the cluster declared dead. Off by default: it needs the <c>delete</c> verb on pods,
    /// and Kubernetes restarts a failed container by itself.
    /// </summary>
    public bool DeleteDefunctSiloPods { get; set; }
}
