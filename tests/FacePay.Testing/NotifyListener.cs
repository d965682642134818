using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FacePay.Testing;

/// <summary>A merchant notify endpoint on loopback that records every request and answers as the test decides.</summary>
public sealed class NotifyListener : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ReceivedNotification> _received = [];
    private readonly Func<ReceivedNotification, int, (int Status, string Body)> _respond;
    private WebApplication _app = null!;

    private NotifyListener(Func<ReceivedNotification, int, (int Status, string Body)> respond) => _respond = respond;

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
        var listener = new NotifyListener(respond);
        var (app, baseUrl) = await LoopbackWebApplication.StartAsync(listener.Map);
        listener._app = app;
        listener.Url = new Uri(baseUrl, "notify");
        return listener;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app) =>
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

            var (status, body) = _respond(received, index);
            context.Response.StatusCode = status;
            await context.Response.WriteAsync(body);
        });
}
