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

// The sandbox never listens beyond this machine.
foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
{
    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Host is "127.0.0.1" or "localhost" or "[::1]"))
    {
        Console.Error.WriteLine($"Refusing to listen on '{url}': the sandbox binds loopback addresses only.");
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
