using System.Text.Json.Serialization;
using FacePay.Sandbox.Alipay;
using FacePay.Sandbox.Bills;
using FacePay.Sandbox.Control;
using FacePay.Sandbox.Credentials;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Notifications;
using FacePay.Sandbox.Trades;
using FacePay.Sandbox.WechatPay;

namespace FacePay.Sandbox;

/// <summary>Wires the sandbox into an ASP.NET Core application (used by <c>Program</c> and <see cref="SandboxHost"/>).</summary>
public static class SandboxApplication
{
    /// <summary>Registers the sandbox services.</summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="credentials">Credentials to use; null to load or generate them as the options say.</param>
    /// <param name="timeProvider">The clock (timestamps, signature windows, retry delays); null for the system clock.</param>
    /// <returns>The credentials in use.</returns>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static SandboxCredentials AddFacePaySandbox(this WebApplicationBuilder builder, SandboxOptions options, SandboxCredentials? credentials = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid sandbox options: " + string.Join(" ", problems), nameof(options));
        }

        credentials ??= ResolveCredentials(options);
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(options);
        services.AddSingleton(credentials);
        services.AddSingleton(timeProvider ?? TimeProvider.System);
        services.AddSingleton(sp => new SandboxKeys(credentials, options.WechatPayKeyMode, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new SandboxFaults(options.RandomSeed));
        services.AddSingleton<SandboxNotificationLog>();
        services.AddSingleton(sp => new NotificationDispatcher(
            options,
            sp.GetRequiredService<SandboxFaults>(),
            sp.GetRequiredService<SandboxNotificationLog>(),
            sp.GetRequiredService<SandboxKeys>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("FacePay.Sandbox.Notifications")));
        services.AddSingleton(sp => new SandboxTradeStore(
            options.DefaultPayerBalanceFen,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<NotificationDispatcher>()));
        services.AddSingleton<BillStore>();
        services.AddSingleton<AlipayGateway>();
        services.AddSingleton<WechatPayGateway>();
        return credentials;
    }

    /// <summary>Maps the gateway endpoints and the <c>/sandbox</c> control API.</summary>
    /// <param name="app">The built application.</param>
    public static void MapFacePaySandbox(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var alipay = app.Services.GetRequiredService<AlipayGateway>();
        app.MapPost(AlipayGateway.Path, (HttpContext context) => alipay.HandleAsync(context));
        app.Services.GetRequiredService<WechatPayGateway>().Map(app);
        app.MapSandboxControlApi();
    }

    private static SandboxCredentials ResolveCredentials(SandboxOptions options)
    {
        SandboxCredentials Generate() => SandboxCredentials.Generate(options.AlipayAppId, options.AlipaySellerId, options.WechatPayMchId, options.WechatPayAppId);
        return string.IsNullOrWhiteSpace(options.CredentialsDirectory)
            ? Generate()
            : SandboxCredentials.LoadOrCreate(options.CredentialsDirectory, Generate);
    }
}
