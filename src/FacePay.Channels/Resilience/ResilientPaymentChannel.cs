using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Resilience;

/// <summary>
/// Wraps a channel client with its <see cref="ChannelResilience"/> pipelines and records metrics. This is the
/// <see cref="IPaymentChannel"/> callers get from DI.
/// </summary>
public sealed class ResilientPaymentChannel : IPaymentChannel
{
    private readonly IPaymentChannel _inner;
    private readonly ChannelResilience _resilience;
    private readonly ChannelMetrics _metrics;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="inner">The protocol client.</param>
    /// <param name="resilience">The channel's pipelines.</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="timeProvider">The clock for durations.</param>
    public ResilientPaymentChannel(IPaymentChannel inner, ChannelResilience resilience, ChannelMetrics metrics, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(resilience);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _inner = inner;
        _resilience = resilience;
        _metrics = metrics;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public ChannelKind Kind => _inner.Kind;

    /// <inheritdoc />
    public Task<ChannelTradeResult> PayAsync(ChannelPayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(ChannelOperation.Pay, ct => _inner.PayAsync(request, ct), (o, c, m) => ChannelTradeResult.Failure(o, request.OutTradeNo, c, m), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChannelTradeResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken) =>
        RunAsync(ChannelOperation.Query, ct => _inner.QueryAsync(outTradeNo, ct), (o, c, m) => ChannelTradeResult.Failure(o, outTradeNo, c, m), cancellationToken);

    /// <inheritdoc />
    public Task<ChannelTradeResult> CancelAsync(string outTradeNo, CancellationToken cancellationToken) =>
        RunAsync(ChannelOperation.Cancel, ct => _inner.CancelAsync(outTradeNo, ct), (o, c, m) => ChannelTradeResult.Failure(o, outTradeNo, c, m), cancellationToken);

    /// <inheritdoc />
    public Task<ChannelTradeResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken) =>
        RunAsync(ChannelOperation.Close, ct => _inner.CloseAsync(outTradeNo, ct), (o, c, m) => ChannelTradeResult.Failure(o, outTradeNo, c, m), cancellationToken);

    /// <inheritdoc />
    public Task<ChannelRefundResult> RefundAsync(ChannelRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(ChannelOperation.Refund, ct => _inner.RefundAsync(request, ct), (o, c, m) => ChannelRefundResult.Failure(o, request.OutTradeNo, request.OutRefundNo, c, m), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChannelRefundResult> QueryRefundAsync(ChannelRefundQueryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(ChannelOperation.RefundQuery, ct => _inner.QueryRefundAsync(request, ct), (o, c, m) => ChannelRefundResult.Failure(o, request.OutTradeNo, request.OutRefundNo, c, m), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ChannelBillResult> GetBillAsync(ChannelBillRequest request, CancellationToken cancellationToken) =>
        RunAsync(ChannelOperation.Bill, ct => _inner.GetBillAsync(request, ct), (o, c, m) => new ChannelBillResult(o, ErrorCode: c, ErrorMessage: m), cancellationToken);

    /// <inheritdoc />
    public Task DownloadBillAsync(ChannelBillResult bill, Stream destination, CancellationToken cancellationToken) =>
        _inner.DownloadBillAsync(bill, destination, cancellationToken);

    private async Task<TResult> RunAsync<TResult>(
        ChannelOperation operation, Func<CancellationToken, Task<TResult>> call, Func<ChannelOutcome, string, string, TResult> rejected, CancellationToken cancellationToken)
        where TResult : IChannelResult
    {
        var started = _timeProvider.GetTimestamp();
        var result = await _resilience.ExecuteAsync(operation, call, rejected, cancellationToken);
        _metrics.Record(Kind, operation, result.Outcome, _timeProvider.GetElapsedTime(started));
        return result;
    }
}
