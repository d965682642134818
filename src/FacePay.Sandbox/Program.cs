using FacePay.Sandbox;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--credentials-dir"] = "Sandbox:CredentialsDirectory",
    ["--time-compression"] = "Sandbox:TimeCompression",
    ["--wechatpay-key-mode"] = "Sandbox:WechatPayKeyMode",
});
var options = builder.Configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
// Default under .facepay/ (git-ignored): generated private keys must never land in the working tree.
options.CredentialsDirectory ??= Path.Combine(Environment.CurrentDirectory, ".facepay", "sandbox", "credentials");

var urls = builder.Configuration["urls"];
if (string.IsNullOrWhiteSpace(urls))
{
    urls = "http://127.0.0.1:5080";
}

// The sandbox listens beyond this machine only when told to (a staging cluster's pod network).
foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
{
    if (ListenAddressPolicy.Refusal(url, options.ListenBeyondLoopback) is { } refusal)
    {
        Console.Error.WriteLine(refusal);
        return 2;
    }
}

builder.WebHost.UseUrls(urls);
try
{
    builder.AddFacePaySandbox(options);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

var app = builder.Build();
app.MapFacePaySandbox();
app.Lifetime.ApplicationStarted.Register(() =>
{
    var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FacePay.Sandbox");
    var credentials = app.Services.GetRequiredService<FacePay.Sandbox.Credentials.SandboxCredentials>();
    var clientConfiguration = credentials.WriteClientConfiguration(options.CredentialsDirectory, new Uri(app.Urls.First()));
    logger.LogInformation("Client configuration for silos written to {ClientConfiguration}", clientConfiguration);
    foreach (var address in app.Urls)
    {
        logger.LogInformation("FacePay channel sandbox listening on {BaseUrl} (Alipay gateway {BaseUrl}/alipay/gateway.do, WeChat Pay base {BaseUrl}); credentials in {CredentialsDirectory}", address, address, address, options.CredentialsDirectory);
    }
});
await app.RunAsync();
return 0;
