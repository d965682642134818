using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FacePay.Testing;

/// <summary>A merchant notify endpoint on loopback that records every request and answers as the test decides.</summary>
public sealed class NotifyListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ReceivedNotification> _received = [];

    private NotifyListener(WebApplication app, Func<ReceivedNotification, int, (int Status, string Body)> respond)
    {
        _app = app;
        app.MapPost("/notify", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var received = new ReceivedNotification(headers, buffer.ToArray());
            int index;
            lock (_gate)
            {
                _received.Add(received);
                index = _received.Count - 1;
            }

            var (status, body) = respond(received, index);
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });
    }

    /// <summary>The endpoint to give as notify URL (<c>http://127.0.0.1:port/notify</c>).</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<ReceivedNotification> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts the listener on a free loopback port.</summary>
    /// <param name="respond">Decides the answer (status and body) from the request and its index.</param>
    /// <returns>The running listener.</returns>
    public static async Task<NotifyListener> StartAsync(Func<ReceivedNotification, int, (int Status, string Body)> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var listener = new NotifyListener(app, respond);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        listener.Url = new Uri(address.TrimEnd('/') + "/notify");
        return listener;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
