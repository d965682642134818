using System.Globalization;
using FacePay.MerchantApi.Extensions;
using FacePay.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FacePay.Benchmarks.Api;

/// <summary>
/// The Merchant API wired by its own <see cref="MerchantApiExtensions.AddMerchantApi"/> and
/// <see cref="MerchantApiExtensions.MapMerchantApi"/>, in this process on a free loopback port, joined to the
/// benchmark cluster as its own cluster client. One merchant with one API key; its rate limit is raised out of the
/// way (the figure is the HTTP layer's cost, not the limiter's refusal rate) — the one deviation from production.
/// </summary>
public sealed class MerchantApiHost : IAsyncDisposable
{
    /// <summary>The API key id the benchmark signs with.</summary>
    public const string KeyId = "m_bench_key";

    private readonly WebApplication _app;

    private MerchantApiHost(WebApplication app, Uri baseUrl, string secret)
    {
        _app = app;
        BaseUrl = baseUrl;
        Secret = secret;
    }

    /// <summary>Where the API listens (<c>http://127.0.0.1:port</c>).</summary>
    public Uri BaseUrl { get; }

    /// <summary>The API key's secret.</summary>
    public string Secret { get; }

    /// <summary>Starts the API against the cluster <paramref name="clusterId"/> in <paramref name="postgresConnectionString"/>.</summary>
    public static async Task<MerchantApiHost> StartAsync(string merchantId, string clusterId, string serviceId, string postgresConnectionString)
    {
        var secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var port = FreeTcpPort.Find();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Critical);
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var api = $"FacePay:Api:Merchants:{merchantId}";
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FacePay:Client:ClusterId"] = clusterId,
            ["FacePay:Client:ServiceId"] = serviceId,
            ["FacePay:Client:PostgresConnectionString"] = postgresConnectionString,
            [$"{api}:ApiKeys:0:Id"] = KeyId,
            [$"{api}:ApiKeys:0:Secret"] = secret,
            [$"{api}:RateLimit:PermitsPerSecond"] = "100000",
            [$"{api}:RateLimit:Burst"] = "100000",
        });
        builder.AddMerchantApi();
        var app = builder.Build();
        app.MapMerchantApi();
        await app.StartAsync();
        return new MerchantApiHost(app, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")), secret);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
