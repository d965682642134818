using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Tests.Fakes;

/// <summary>A channel whose trade calls return scripted outcomes, counting attempts.</summary>
internal sealed class ScriptedChannel(params ChannelOutcome[] outcomes) : IPaymentChannel
{
    private readonly Queue<ChannelOutcome> _outcomes = new(outcomes);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Func<CancellationToken, Task>? Gate { get; init; }

    public ChannelKind Kind => ChannelKind.Alipay;

    public Task<ChannelTradeResult> PayAsync(ChannelPayRequest request, CancellationToken cancellationToken) => Next(request.OutTradeNo, cancellationToken);

    public Task<ChannelTradeResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken) => Next(outTradeNo, cancellationToken);

    public Task<ChannelTradeResult> CancelAsync(string outTradeNo, CancellationToken cancellationToken) => Next(outTradeNo, cancellationToken);

    public Task<ChannelTradeResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken) => Next(outTradeNo, cancellationToken);

    public async Task<ChannelRefundResult> RefundAsync(ChannelRefundRequest request, CancellationToken cancellationToken)
    {
        var trade = await Next(request.OutTradeNo, cancellationToken);
        return new ChannelRefundResult(trade.Outcome, ChannelRefundStatus.Unspecified, request.OutTradeNo, request.OutRefundNo);
    }

    public async Task<ChannelRefundResult> QueryRefundAsync(ChannelRefundQueryRequest request, CancellationToken cancellationToken)
    {
        var trade = await Next(request.OutTradeNo, cancellationToken);
        return new ChannelRefundResult(trade.Outcome, ChannelRefundStatus.Unspecified, request.OutTradeNo, request.OutRefundNo);
    }

    public async Task<ChannelBillResult> GetBillAsync(ChannelBillRequest request, CancellationToken cancellationToken) =>
        new((await Next("bill", cancellationToken)).Outcome);

    public Task DownloadBillAsync(ChannelBillResult bill, Stream destination, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<ChannelTradeResult> Next(string outTradeNo, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (Gate is not null)
        {
            await Gate(cancellationToken);
        }

        ChannelOutcome outcome;
        lock (_outcomes)
        {
            outcome = _outcomes.Count > 1 ? _outcomes.Dequeue() : _outcomes.Peek();
        }

        return outcome == ChannelOutcome.Success
            ? new ChannelTradeResult(outcome, ChannelTradeStatus.Paid, outTradeNo)
            : ChannelTradeResult.Failure(outcome, outTradeNo, "SCRIPTED", "scripted");
    }
}
