using System.Net;
using FacePay.Sandbox.Credentials;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Notifications;
using FacePay.Sandbox.Trades;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace FacePay.Sandbox;

/// <summary>
/// The sandbox running in-process on a loopback port, for tests and benchmarks:
/// <c>await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { TimeCompression = 600 });</c>.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri baseUrl, SandboxOptions options)
    {
        _app = app;
        BaseUrl = baseUrl;
        Options = options;
        Credentials = app.Services.GetRequiredService<SandboxCredentials>();
        Faults = app.Services.GetRequiredService<SandboxFaults>();
        Trades = app.Services.GetRequiredService<SandboxTradeStore>();
        Notifications = app.Services.GetRequiredService<SandboxNotificationLog>();
    }

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:41234/</c>: the WeChat Pay API base.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The Alipay gateway URL (<c>{BaseUrl}alipay/gateway.do</c>).</summary>
    public Uri AlipayGatewayUrl => new(BaseUrl, "alipay/gateway.do");

    /// <summary>The options it runs with.</summary>
    public SandboxOptions Options { get; }

    /// <summary>Both sides' keys and identifiers.</summary>
    public SandboxCredentials Credentials { get; }

    /// <summary>The fault rules (same as <c>/sandbox/faults</c>).</summary>
    public SandboxFaults Faults { get; }

    /// <summary>The trades, refunds, balances and counters.</summary>
    public SandboxTradeStore Trades { get; }

    /// <summary>Every notification delivery attempt.</summary>
    public SandboxNotificationLog Notifications { get; }

    /// <summary>Fills Alipay client options to call this sandbox.</summary>
    /// <param name="options">The options.</param>
    /// <param name="notifyUrl">Notification target, if any.</param>
    public void ConfigureAlipay(FacePay.Channels.Alipay.AlipayOptions options, Uri? notifyUrl = null) =>
        Credentials.ConfigureAlipay(options, AlipayGatewayUrl, notifyUrl);

    /// <summary>Fills WeChat Pay client options to call this sandbox.</summary>
    /// <param name="options">The options.</param>
    /// <param name="notifyUrl">Notification target, if any.</param>
    public void ConfigureWechatPay(FacePay.Channels.WechatPay.WechatPayOptions options, Uri? notifyUrl = null) =>
        Credentials.ConfigureWechatPay(options, BaseUrl, notifyUrl);

    /// <summary>Starts a sandbox on 127.0.0.1 (port <see cref="SandboxOptions.Port"/>, 0 = any free port).</summary>
    /// <param name="options">The options; null for defaults.</param>
    /// <param name="credentials">Credentials to reuse (saves RSA key generation across tests); null to load or generate.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    public static Task<SandboxHost> StartAsync(SandboxOptions? options = null, SandboxCredentials? credentials = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, credentials, timeProvider: null, cancellationToken);

    /// <summary>Starts a sandbox with a given clock (for example a fake one that drives notification retries).</summary>
    /// <param name="options">The options; null for defaults.</param>
    /// <param name="credentials">Credentials to reuse; null to load or generate.</param>
    /// <param name="timeProvider">The clock; null for the system clock.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox.</returns>
    public static async Task<SandboxHost> StartAsync(SandboxOptions? options, SandboxCredentials? credentials, TimeProvider? timeProvider, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        builder.AddFacePaySandbox(options, credentials, timeProvider);
        var app = builder.Build();
        app.MapFacePaySandbox();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"), options);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
