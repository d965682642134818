using System.Net;
using FacePay.Contracts.Notifications;

namespace FacePay.Testing;

/// <summary>
/// Plays the Merchant API's notify endpoints for grain tests and benchmarks: receives the sandbox's notifications on loopback and
/// passes the raw bytes to <see cref="IChannelNotificationReceiver"/>, answering the channel what the grain says.
/// </summary>
public sealed class NotificationRelay : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <summary>Reserves a free loopback port; nothing listens until <see cref="Start"/>.</summary>
    public NotificationRelay()
    {
        var port = FreeTcpPort.Find();
        BaseUrl = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(BaseUrl + "/");
    }

    /// <summary>The base URL; notifications go to <c>{BaseUrl}/notify/{alipay|wechatpay}/{merchantId}</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>The cluster to route to; set once the cluster is deployed.</summary>
    public IGrainFactory? Grains { get; set; }

    /// <summary>Notifications received so far.</summary>
    public int Received => _received;

    private int _received;

    /// <summary>Starts listening.</summary>
    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        if (_loop is not null)
        {
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _received);
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var segments = context.Request.Url!.AbsolutePath.Trim('/').Split('/');
            var receiver = Grains!.GetGrain<IChannelNotificationReceiver>(0);
            ChannelNotificationReply reply = segments switch
            {
                ["notify", "alipay", var merchant] => await receiver.ReceiveAlipayAsync(merchant, System.Text.Encoding.UTF8.GetString(buffer.ToArray())),
                ["notify", "wechatpay", var merchant] => await receiver.ReceiveWechatPayAsync(
                    merchant,
                    context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!),
                    buffer.ToArray()),
                _ => new ChannelNotificationReply(404, null, null, false),
            };
            context.Response.StatusCode = reply.StatusCode;
            if (reply.Body is not null)
            {
                context.Response.ContentType = reply.ContentType;
                var bytes = System.Text.Encoding.UTF8.GetBytes(reply.Body);

                // With a length the reply goes out as one segment. Chunked, the closing chunk is a second small
                // write that Nagle holds until the sender's delayed ACK: every acknowledged notification took 40 ms.
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }
        }
        catch (Exception)
        {
            context.Response.StatusCode = 500;
        }
        finally
        {
            context.Response.Close();
        }
    }
}
