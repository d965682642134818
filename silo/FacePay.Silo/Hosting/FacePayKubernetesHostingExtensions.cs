using System.Net;

namespace FacePay.Silo.Hosting;

/// <summary>Switches a silo to Kubernetes hosting when <see cref="SiloKubernetesOptions.Enabled"/> is set.</summary>
public static class FacePayKubernetesHostingExtensions
{
    /// <summary>
    /// Calls Orleans' <c>UseKubernetesHosting</c> when <c>FacePay:Silo:Kubernetes:Enabled</c> is true, and makes
    /// start-up fail when the silo would advertise a loopback address (no other pod could reach it). Does nothing
    /// otherwise, so local runs and tests keep their loopback set-up.
    /// </summary>
    /// <remarks>
    /// The silo keeps advertising and binding <c>FacePay:Silo:AdvertisedAddress</c>; the manifests set it to the pod
    /// IP. Cluster and service ids stay those of <see cref="FacePaySiloOptions"/>, and the pod labels
    /// <c>orleans/clusterId</c> and <c>orleans/serviceId</c> must carry the same values (Orleans selects pods by them).
    /// </remarks>
    public static ISiloBuilder UseKubernetesHostingWhenEnabled(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var kubernetes = configuration.GetSection(SiloKubernetesOptions.Section).Get<SiloKubernetesOptions>() ?? new SiloKubernetesOptions();
        if (!kubernetes.Enabled)
        {
            return silo;
        }

        if (kubernetes.MaxAgents is < 1 or > 100)
        {
            throw new InvalidOperationException($"{SiloKubernetesOptions.Section}:MaxAgents must be 1 to 100 (got {kubernetes.MaxAgents}).");
        }

        silo.Services.AddOptions<FacePaySiloOptions>().Validate(
            o => IPAddress.TryParse(o.AdvertisedAddress, out var address) && !IPAddress.IsLoopback(address),
            $"{FacePaySiloOptions.Section}:AdvertisedAddress must be the pod IP under Kubernetes hosting, not a loopback address (set FacePay__Silo__AdvertisedAddress from status.podIP).");

        return silo.UseKubernetesHosting(o => o.Configure(k =>
        {
            k.MaxAgents = kubernetes.MaxAgents;
            k.DeleteDefunctSiloPods = kubernetes.DeleteDefunctSiloPods;
        }));
    }
}
