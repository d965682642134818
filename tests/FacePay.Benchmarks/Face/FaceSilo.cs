using FacePay.Grains.Face;
using FacePay.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FacePay.Benchmarks.Face;

/// <summary>
/// One silo in this process (loopback clustering on free ports) with the face grains registered as a production
/// silo registers them. Calls go through the silo's own grain factory: the path a VerificationSessionGrain takes to
/// its local <c>[StatelessWorker]</c> FaceCheckWorker.
/// </summary>
public sealed class FaceSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private FaceSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<FaceSilo> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        var configuration = new ConfigurationBuilder().Build();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreeTcpPort.Find(), FreeTcpPort.Find(), serviceId: "facepay-bench", clusterId: "bench-face-" + Guid.NewGuid().ToString("N")[..8]);
            silo.Services.AddFacePayFaceGrains(configuration);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new FaceSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
