using Microsoft.AspNetCore.Builder;

namespace FacePay.Cli.Tests;

/// <summary>
/// A man in the middle on loopback: forwards every request to the sandbox unchanged and alters the answer's body on the
/// way back (signature headers kept), as an attacker or a broken proxy would.
/// </summary>
public sealed class TamperingProxy : IAsyncDisposable
{
    private static readonly string[] HopByHop = ["Transfer-Encoding", "Connection", "Content-Length"];
    private readonly HttpClient _http = new();
    private readonly Uri _target;
    private readonly Func<byte[], byte[]> _tamper;
    private WebApplication _app = null!;

    private TamperingProxy(Uri target, Func<byte[], byte[]> tamper)
    {
        _target = target;
        _tamper = tamper;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TamperingProxy> StartAsync(Uri target, Func<byte[], byte[]> tamper)
    {
        var proxy = new TamperingProxy(target, tamper);
        (proxy._app, proxy.BaseUrl) = await LoopbackWebApplication.StartAsync(proxy.Map);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private void Map(WebApplication app) =>
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_target, context.Request.Path + context.Request.QueryString));
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
            var answer = _tamper(await response.Content.ReadAsByteArrayAsync());
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
