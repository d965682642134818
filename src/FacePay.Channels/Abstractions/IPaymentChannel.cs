namespace FacePay.Channels.Abstractions;

/// <summary>
/// One payment channel, spoken to over its own protocol. Implementations never throw for channel or transport
/// failures: every outcome is a result with a <see cref="ChannelOutcome"/>. Only cancellation by the caller
/// (<see cref="OperationCanceledException"/>) and programming errors surface as exceptions.
/// </summary>
public interface IPaymentChannel
{
    /// <summary>Which channel this is.</summary>
    ChannelKind Kind { get; }

    /// <summary>Charges the payer (Alipay <c>alipay.trade.pay</c>, WeChat code pay). Never retried automatically.</summary>
    /// <param name="request">The payment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; <see cref="ChannelOutcome.Unknown"/> must be resolved by <see cref="QueryAsync"/>.</returns>
    Task<ChannelTradeResult> PayAsync(ChannelPayRequest request, CancellationToken cancellationToken);

    /// <summary>Looks a trade up by our trade number.</summary>
    /// <param name="outTradeNo">Our trade number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result; a missing trade is <see cref="ChannelOutcome.Success"/> with <see cref="ChannelTradeStatus.NotFound"/>.</returns>
    Task<ChannelTradeResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Cancels a trade whatever its state: closes it if unpaid, refunds it if paid (Alipay cancel, WeChat reverse).</summary>
    /// <param name="outTradeNo">Our trade number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<ChannelTradeResult> CancelAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Closes an unpaid trade so it can no longer be paid.</summary>
    /// <param name="outTradeNo">Our trade number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<ChannelTradeResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Refunds (part of) a paid trade; idempotent by <see cref="ChannelRefundRequest.OutRefundNo"/>.</summary>
    /// <param name="request">The refund.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<ChannelRefundResult> RefundAsync(ChannelRefundRequest request, CancellationToken cancellationToken);

    /// <summary>Looks a refund up.</summary>
    /// <param name="request">The refund to look up.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    Task<ChannelRefundResult> QueryRefundAsync(ChannelRefundQueryRequest request, CancellationToken cancellationToken);

    /// <summary>Asks where to download a day's trade bill.</summary>
    /// <param name="request">The day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result with the download URL.</returns>
    Task<ChannelBillResult> GetBillAsync(ChannelBillRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Streams a bill file found by <see cref="GetBillAsync"/> into <paramref name="destination"/>, as served (zip for
    /// Alipay; gzip or plain CSV for WeChat), and checks its hash when one was given (WeChat: over the decompressed
    /// bill). The destination must be seekable when a hash is checked; its position is left where the file starts.
    /// </summary>
    /// <param name="bill">The successful bill result.</param>
    /// <param name="destination">Where the file goes (e.g. a temporary file).</param>
    /// <param name="cancellationToken">Cancels the call and bounds the body download.</param>
    /// <returns>A task that completes when the file is written and checked.</returns>
    /// <exception cref="ChannelBillDownloadException">The download failed or the hash did not match.</exception>
    Task DownloadBillAsync(ChannelBillResult bill, Stream destination, CancellationToken cancellationToken);
}
