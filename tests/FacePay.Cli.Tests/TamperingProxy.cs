using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FacePay.Cli.Tests;

/// <summary>
/// A man in the middle on loopback: forwards every request to the sandbox unchanged and alters the answer's body on the
/// way back (signature headers kept), as an attacker or a broken proxy would.
/// </summary>
public sealed class TamperingProxy : IAsyncDisposable
{
    private static readonly string[] HopByHop = ["Transfer-Encoding", "Connection", "Content-Length"];
    private readonly WebApplication _app;
    private readonly HttpClient _http = new();

    private TamperingProxy(WebApplication app, Uri target, Func<byte[], byte[]> tamper)
    {
        _app = app;
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (body.Length > 0)
            {
                request.Content = new ByteArrayContent(body.ToArray());
                request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
            }

            foreach (var (name, values) in context.Request.Headers)
            {
                if (!name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && name != "Host")
                {
                    request.Headers.TryAddWithoutValidation(name, values.ToArray());
                }
            }

            using var response = await _http.SendAsync(request);
            var answer = tamper(await response.Content.ReadAsByteArrayAsync());
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!HopByHop.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            await context.Response.Body.WriteAsync(answer);
        });
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TamperingProxy> StartAsync(Uri target, Func<byte[], byte[]> tamper)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new TamperingProxy(app, target, tamper);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
