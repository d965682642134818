using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using FacePay.Domain.Webhooks;

namespace FacePay.Testing.Webhooks;

/// <summary>
/// A merchant endpoint on 127.0.0.1 for tests: records every POST (raw body and headers) and answers with the
/// status the test chooses for the n-th request (0-based).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly Func<int, HttpStatusCode> _answer;
    private HttpListener? _listener;
    private Task? _loop;
    private int _count;

    private WebhookReceiver(int port, Func<int, HttpStatusCode> answer)
    {
        Port = port;
        _answer = answer;
    }

    /// <summary>The loopback port.</summary>
    public int Port { get; }

    /// <summary>The endpoint URL.</summary>
    public string Url => $"http://127.0.0.1:{Port}/webhooks/facepay";

    /// <summary>Requests received so far, in order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    /// <summary>Requests answered with 2xx.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => [.. _received.Where(r => r.Answer is >= 200 and < 300)];

    /// <summary>Called with every request right after it is recorded (on the receiving loop; keep it short).</summary>
    public Action<ReceivedWebhook>? OnReceived { get; set; }

    /// <summary>A receiver on a free port, listening at once.</summary>
    public static WebhookReceiver Start(Func<int, HttpStatusCode>? answer = null)
    {
        var receiver = Reserve(answer);
        receiver.Listen();
        return receiver;
    }

    /// <summary>A receiver on a free port that is not listening yet (connections are refused until <see cref="Listen"/>).</summary>
    public static WebhookReceiver Reserve(Func<int, HttpStatusCode>? answer = null)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new WebhookReceiver(port, answer ?? (_ => HttpStatusCode.OK));
    }

    /// <summary>Starts accepting requests.</summary>
    public void Listen()
    {
        _listener = new HttpListener();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(() => AcceptLoopAsync(_listener));
    }

    /// <summary>Whether every request carried a valid signature for <paramref name="secret"/>, checked at its arrival time.</summary>
    public bool AllSignaturesValid(string secret)
    {
        var verifier = new WebhookSignatureVerifier(secret);
        return Received.All(r => verifier.Verify(r.Signature, r.Body, r.ReceivedAt) == WebhookVerificationResult.Valid);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            _listener.Close();
            if (_loop is not null)
            {
                await _loop;
            }
        }
    }

    private async Task AcceptLoopAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var index = Interlocked.Increment(ref _count) - 1;
            var status = (int)_answer(index);
            var headers = context.Request.Headers;
            var received = new ReceivedWebhook(
                body.ToArray(),
                headers[WebhookHeaders.Signature],
                headers[WebhookHeaders.EventId],
                headers[WebhookHeaders.EventType],
                headers[WebhookHeaders.IdempotencyKey],
                context.Request.ContentType,
                status,
                DateTimeOffset.UtcNow);
            _received.Enqueue(received);
            OnReceived?.Invoke(received);
            context.Response.StatusCode = status;
            if (status is >= 300 and < 400)
            {
                // Somewhere else on this receiver, so a followed redirect would be visible as a second request.
                context.Response.RedirectLocation = Url + "/moved";
            }

            context.Response.Close();
        }
    }
}
