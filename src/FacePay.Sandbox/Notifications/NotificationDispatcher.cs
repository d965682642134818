using System.Collections.Concurrent;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Notifications;

/// <summary>
/// Delivers notifications for trade changes to their notify URLs with each channel's resend schedule (compressed
/// by <see cref="SandboxOptions.TimeCompression"/>), applying notification faults.
/// </summary>
internal sealed class NotificationDispatcher : ITradeEventSink, IAsyncDisposable
{
    private static readonly TimeSpan DefaultOutOfOrderHold = TimeSpan.FromSeconds(30);

    private readonly SandboxOptions _options;
    private readonly SandboxFaults _faults;
    private readonly SandboxNotificationLog _log;
    private readonly AlipayNotificationFactory _alipay;
    private readonly WechatPayNotificationFactory _wechatPay;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<(SandboxChannel, string), TaskCompletionSource> _held = [];

    public NotificationDispatcher(
        SandboxOptions options,
        SandboxFaults faults,
        SandboxNotificationLog log,
        SandboxKeys keys,
        TimeProvider time,
        ILogger logger)
    {
        _options = options;
        _faults = faults;
        _log = log;
        _time = time;
        _logger = logger;
        _alipay = new AlipayNotificationFactory(keys, time);
        _wechatPay = new WechatPayNotificationFactory(keys, time);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = options.NotificationTimeout,
        };
    }

    /// <summary>Notifications currently being delivered or waiting for a retry.</summary>
    public int Pending => _running.Count;

    public void Publish(TradeEvent tradeEvent)
    {
        if (!_options.NotificationsEnabled || _stopping.IsCancellationRequested)
        {
            return;
        }

        var channel = tradeEvent.Trade.Channel;
        var notification = channel == SandboxChannel.Alipay ? _alipay.Create(tradeEvent) : _wechatPay.Create(tradeEvent);
        if (notification is null)
        {
            return;
        }

        var fired = _faults.Fire(channel, SandboxOperation.Notify, notification.OutTradeNo);
        var copies = fired.Where(r => r.Kind == FaultKind.DuplicateNotification).Select(r => r.Copies).DefaultIfEmpty(1).Max();
        var tampering = new NotificationTampering(
            fired.Where(r => r.Kind == FaultKind.WrongAmountNotification).Sum(r => r.AmountDeltaFen),
            fired.Any(r => r.Kind == FaultKind.BadSignatureNotification));
        var outOfOrder = fired.FirstOrDefault(r => r.Kind == FaultKind.OutOfOrderNotification);
        var key = (channel, notification.OutTradeNo);

        if (outOfOrder is not null)
        {
            // Hold this one back until a later notification of the same trade went out (or the hold expires).
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _held[key] = release;
            }

            var hold = outOfOrder.DelayMs > 0 ? TimeSpan.FromMilliseconds(outOfOrder.DelayMs) : DefaultOutOfOrderHold;
            Track(HeldDeliveryAsync(notification, copies, tampering, release, hold, key));
            return;
        }

        TaskCompletionSource? heldEarlier;
        lock (_gate)
        {
            _held.Remove(key, out heldEarlier);
        }

        Track(DeliverAsync(notification, copies, tampering, () => heldEarlier?.TrySetResult()));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Deliveries stop at their next delay.
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Some notification deliveries did not stop within 10 s.");
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private void Track(Task task)
    {
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task HeldDeliveryAsync(
        OutgoingNotification notification,
        int copies,
        NotificationTampering tampering,
        TaskCompletionSource release,
        TimeSpan hold,
        (SandboxChannel, string) key)
    {
        try
        {
            await release.Task.WaitAsync(hold, _time, _stopping.Token);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                if (_held.TryGetValue(key, out var current) && current == release)
                {
                    _held.Remove(key);
                }
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await DeliverAsync(notification, copies, tampering, null);
    }

    private async Task DeliverAsync(OutgoingNotification notification, int copies, NotificationTampering tampering, Action? afterFirstAttempt)
    {
        var schedule = NotificationSchedules.For(notification.Channel);
        try
        {
            for (var copy = 0; copy < copies; copy++)
            {
                for (var attempt = 0; attempt <= schedule.Length; attempt++)
                {
                    if (attempt > 0)
                    {
                        await Task.Delay(schedule[attempt - 1] / _options.TimeCompression, _time, _stopping.Token);
                    }

                    var thisTampering = copy == 0 && attempt == 0 ? tampering : NotificationTampering.None;
                    var acknowledged = await SendOnceAsync(notification, copy, attempt, thisTampering);
                    if (copy == 0 && attempt == 0)
                    {
                        afterFirstAttempt?.Invoke();
                    }

                    if (acknowledged)
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            afterFirstAttempt?.Invoke();
        }
    }

    private async Task<bool> SendOnceAsync(OutgoingNotification notification, int copy, int attempt, NotificationTampering tampering)
    {
        int? status = null;
        string? error = null;
        var acknowledged = false;
        try
        {
            using var request = notification.Build(tampering);
            using var response = await _http.SendAsync(request, _stopping.Token);
            status = (int)response.StatusCode;
            if (notification.Channel == SandboxChannel.Alipay)
            {
                var text = await response.Content.ReadAsStringAsync(_stopping.Token);
                acknowledged = response.IsSuccessStatusCode && text.Trim() == "success";
            }
            else
            {
                acknowledged = response.IsSuccessStatusCode;
            }
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (TaskCanceledException ex) when (!_stopping.IsCancellationRequested)
        {
            error = "Timed out: " + ex.Message;
        }

        _log.Add(new NotificationAttempt(
            notification.Id,
            notification.Channel,
            notification.OutTradeNo,
            notification.EventType,
            notification.Url.ToString(),
            copy,
            attempt,
            status,
            acknowledged,
            error,
            tampering.IsTampered,
            _time.GetUtcNow()));
        return acknowledged;
    }
}
