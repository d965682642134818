using System.Diagnostics.Metrics;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Resilience;
using FacePay.Channels.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FacePay.Channels.Tests.Resilience;

public sealed class ChannelResilienceTests : IDisposable
{
    private static readonly ChannelPayRequest Pay = new("FP-1-1", 100, "CNY", "x", ChannelPayMethod.PayerCode, PayerCode: "fp1");
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private ResilientPaymentChannel Wrap(IPaymentChannel inner, ChannelResilienceOptions? options = null) =>
        new(inner, new ChannelResilience(ChannelKind.Alipay, options ?? Options(), TimeProvider.System, NullLoggerFactory.Instance), Metrics(), TimeProvider.System);

    private ChannelMetrics Metrics() => new(_services.GetRequiredService<IMeterFactory>());

    private static ChannelResilienceOptions Options() => new()
    {
        RetryBaseDelay = TimeSpan.Zero,
        MaxRetryAttempts = 3,
        BreakerMinimumThroughput = 100,
        TotalTimeout = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task Retryable_query_is_retried_until_it_succeeds()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Retryable, ChannelOutcome.Retryable, ChannelOutcome.Success);

        var result = await Wrap(inner).QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal(ChannelOutcome.Success, result.Outcome);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Retryable);

        var result = await Wrap(inner).CloseAsync("FP-1-1", CancellationToken.None);

        Assert.Equal(ChannelOutcome.Retryable, result.Outcome);
        Assert.Equal(4, inner.Calls);
    }

    [Fact]
    public async Task Zero_configured_retries_means_one_attempt()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Retryable);
        var options = Options();
        options.MaxRetryAttempts = 0;

        await Wrap(inner, options).QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal(1, inner.Calls);
    }

    [Theory]
    [InlineData(ChannelOutcome.Retryable)]
    [InlineData(ChannelOutcome.Unknown)]
    public async Task Pay_is_never_retried(ChannelOutcome outcome)
    {
        var inner = new ScriptedChannel(outcome, ChannelOutcome.Success);

        var result = await Wrap(inner).PayAsync(Pay, CancellationToken.None);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Refund_and_cancel_are_not_retried_automatically()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Retryable);
        var channel = Wrap(inner);

        await channel.RefundAsync(new ChannelRefundRequest("FP-1-1", "RF-1", 1, 1, "CNY"), CancellationToken.None);
        await channel.CancelAsync("FP-1-1", CancellationToken.None);

        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task Unknown_query_is_not_retried()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Unknown, ChannelOutcome.Success);

        var result = await Wrap(inner).QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal(ChannelOutcome.Unknown, result.Outcome);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Open_circuit_rejects_without_calling_the_channel()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Unknown);
        var options = Options();
        options.BreakerMinimumThroughput = 2;
        options.BreakerFailureRatio = 0.5;
        options.BreakerBreakDuration = TimeSpan.FromMinutes(1);
        var channel = Wrap(inner, options);

        await channel.PayAsync(Pay, CancellationToken.None);
        await channel.PayAsync(Pay, CancellationToken.None);
        var rejected = await channel.PayAsync(Pay, CancellationToken.None);

        Assert.Equal(2, inner.Calls);
        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.Rejected), (rejected.Outcome, rejected.ErrorCode));
    }

    [Fact]
    public async Task Payer_still_confirming_does_not_count_against_the_channel()
    {
        Assert.False(ChannelResilience.IsChannelFault(new ChannelTradeResult(ChannelOutcome.Unknown, ChannelTradeStatus.WaitingForPayment, "FP")));
        Assert.True(ChannelResilience.IsChannelFault(new ChannelTradeResult(ChannelOutcome.Unknown, ChannelTradeStatus.Unspecified, "FP")));
        Assert.True(ChannelResilience.IsChannelFault(new ChannelRefundResult(ChannelOutcome.Retryable, ChannelRefundStatus.Unspecified, "FP", "RF")));
        Assert.False(ChannelResilience.IsChannelFault(new ChannelTradeResult(ChannelOutcome.DefiniteFailure, ChannelTradeStatus.Unspecified, "FP")));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Calls_beyond_the_concurrency_limit_and_queue_are_rejected_unsent()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var inner = new ScriptedChannel(ChannelOutcome.Success)
        {
            Gate = async ct =>
            {
                entered.TrySetResult();
                await release.Task.WaitAsync(ct);
            },
        };
        var options = Options();
        options.MaxConcurrency = 1;
        options.QueueLimit = 0;
        var channel = Wrap(inner, options);

        var first = channel.QueryAsync("FP-1", CancellationToken.None);
        await entered.Task;
        var second = await channel.PayAsync(Pay, CancellationToken.None);
        release.SetResult();

        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.Rejected), (second.Outcome, second.ErrorCode));
        Assert.Equal(ChannelOutcome.Success, (await first).Outcome);
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public async Task Whole_call_timeout_makes_a_pay_unknown_and_a_query_retryable()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Success) { Gate = ct => Task.Delay(Timeout.Infinite, ct) };
        var options = Options();
        options.TotalTimeout = TimeSpan.FromMilliseconds(50);
        options.MaxRetryAttempts = 0;
        var channel = Wrap(inner, options);

        var pay = await channel.PayAsync(Pay, CancellationToken.None);
        var query = await channel.QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal((ChannelOutcome.Unknown, ChannelErrorCodes.Timeout), (pay.Outcome, pay.ErrorCode));
        Assert.Equal((ChannelOutcome.Retryable, ChannelErrorCodes.Timeout), (query.Outcome, query.ErrorCode));
    }

    [Fact]
    public async Task Caller_cancellation_propagates()
    {
        var inner = new ScriptedChannel(ChannelOutcome.Success) { Gate = ct => Task.Delay(Timeout.Infinite, ct) };
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wrap(inner).QueryAsync("FP-1-1", cts.Token));
    }

    [Fact]
    public async Task Every_call_is_counted_on_the_facepay_channels_meter_with_its_outcome()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        var seen = new List<(long Value, string Operation, string Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ChannelMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Name == "facepay.channel.calls")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagArray = tags.ToArray();
            string Tag(string key) => (string)tagArray.Single(t => t.Key == key).Value!;
            lock (seen)
            {
                seen.Add((value, Tag("operation"), Tag("outcome")));
            }
        });
        listener.Start();
        var channel = Wrap(new ScriptedChannel(ChannelOutcome.DefiniteFailure));

        await channel.PayAsync(Pay, CancellationToken.None);
        await channel.QueryAsync("FP-1-1", CancellationToken.None);

        Assert.Equal([(1L, "Pay", "DefiniteFailure"), (1L, "Query", "DefiniteFailure")], seen);
    }
}
