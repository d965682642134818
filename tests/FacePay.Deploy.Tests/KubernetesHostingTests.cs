using FacePay.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting.Kubernetes;

namespace FacePay.Deploy.Tests;

public sealed class KubernetesHostingTests
{
    [Fact]
    public void Local_runs_do_not_use_kubernetes_hosting()
    {
        var services = Apply([]);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IValidateOptions<KubernetesHostingOptions>));
    }

    [Fact]
    public void Enabled_kubernetes_hosting_registers_orleans_kubernetes_support()
    {
        var services = Apply(new() { ["FacePay:Silo:Kubernetes:Enabled"] = "true", ["FacePay:Silo:AdvertisedAddress"] = "10.1.2.3" });
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<KubernetesHostingOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal("10.1.2.3", provider.GetRequiredService<IOptions<FacePaySiloOptions>>().Value.AdvertisedAddress);
    }

    [Fact]
    public void A_silo_that_would_advertise_loopback_under_kubernetes_refuses_to_start()
    {
        using var provider = Apply(new() { ["FacePay:Silo:Kubernetes:Enabled"] = "true" }).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FacePaySiloOptions>>().Value);
        Assert.Contains("must be the pod IP", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_range_agent_count_is_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Apply(new() { ["FacePay:Silo:Kubernetes:Enabled"] = "true", ["FacePay:Silo:Kubernetes:MaxAgents"] = "0" }));
        Assert.Contains("MaxAgents must be 1 to 100", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Apply(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<FacePaySiloOptions>().Bind(configuration.GetSection(FacePaySiloOptions.Section));
        new SiloBuilder(services, configuration).UseKubernetesHostingWhenEnabled(configuration);
        return services;
    }

    private sealed class SiloBuilder(IServiceCollection services, IConfiguration configuration) : ISiloBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IConfiguration Configuration { get; } = configuration;
    }
}
