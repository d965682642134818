using FacePay.Channels.Abstractions;
using FacePay.Domain;
using Orleans.Concurrency;
using DomainRefundResult = FacePay.Domain.ChannelRefundResult;

namespace FacePay.Grains.Channels;

/// <summary>
/// A stateless worker in front of one channel's client: local to the calling silo, several activations under
/// load. Timeouts, retries and the circuit breaker live in the channel's resilience pipeline, not here.
/// </summary>
/// <param name="channels">The configured channel clients.</param>
[StatelessWorker]
public sealed class ChannelGatewayWorker(IPaymentChannelProvider channels) : Grain, IChannelGatewayWorker
{
    private IPaymentChannel Channel => channels.Get(ChannelResultMapping.ToKind((PaymentChannel)this.GetPrimaryKeyLong()));

    /// <inheritdoc />
    public async Task<GatewayTradeResult> PayAsync(GatewayPayRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pay = new ChannelPayRequest(
            request.ChannelOutTradeNo,
            request.Amount.MinorUnits,
            request.Amount.Currency.Code,
            request.Subject,
            request.Authorization == PaymentAuthorization.WithholdingAgreement ? ChannelPayMethod.Agreement : ChannelPayMethod.PayerCode,
            request.PayerCode,
            request.AgreementNo,
            request.DeviceId);
        var result = await Channel.PayAsync(pay, CancellationToken.None);
        return ChannelResultMapping.ToGatewayResult(result);
    }

    /// <inheritdoc />
    public async Task<GatewayTradeResult> QueryAsync(string channelOutTradeNo) =>
        ChannelResultMapping.ToGatewayResult(await Channel.QueryAsync(channelOutTradeNo, CancellationToken.None));

    /// <inheritdoc />
    public async Task<GatewayTradeResult> CancelAsync(string channelOutTradeNo) =>
        ChannelResultMapping.ToGatewayResult(await Channel.CancelAsync(channelOutTradeNo, CancellationToken.None));

    /// <inheritdoc />
    public async Task<DomainRefundResult?> RefundAsync(string channelOutTradeNo, Refund refund, Money paidAmount)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var request = new ChannelRefundRequest(
            channelOutTradeNo, refund.ChannelOutRefundNo, refund.Amount.MinorUnits, paidAmount.MinorUnits, refund.Amount.Currency.Code, refund.Reason);
        var result = await Channel.RefundAsync(request, CancellationToken.None);
        return ChannelResultMapping.ToRefundResult(result, refund, ChangeSource.ChannelResponse);
    }

    /// <inheritdoc />
    public async Task<DomainRefundResult?> QueryRefundAsync(string channelOutTradeNo, Refund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var result = await Channel.QueryRefundAsync(new ChannelRefundQueryRequest(channelOutTradeNo, refund.ChannelOutRefundNo), CancellationToken.None);
        return ChannelResultMapping.ToRefundResult(result, refund, ChangeSource.ChannelQuery);
    }

    /// <inheritdoc />
    public async Task<DomainRefundResult?> FollowUpRefundAsync(string channelOutTradeNo, Refund refund, Money paidAmount)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var result = await Channel.QueryRefundAsync(new ChannelRefundQueryRequest(channelOutTradeNo, refund.ChannelOutRefundNo), CancellationToken.None);

        // A refund lost on its way (a proxy's 5xx, a timeout before the channel saw it) is unknown there and would stay
        // pending forever; the channel treats a repeat of the same refund number as the same refund, so asking again is safe.
        return result.Outcome == ChannelOutcome.Success && result.Status == ChannelRefundStatus.NotFound
            ? await RefundAsync(channelOutTradeNo, refund, paidAmount)
            : ChannelResultMapping.ToRefundResult(result, refund, ChangeSource.ChannelQuery);
    }
}
