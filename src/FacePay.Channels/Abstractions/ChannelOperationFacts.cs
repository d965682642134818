namespace FacePay.Channels.Abstractions;

/// <summary>Facts about operations that retry and classification rules share.</summary>
public static class ChannelOperationFacts
{
    /// <summary>
    /// True for operations that only read or converge to one end state, so repeating them after a
    /// <see cref="ChannelOutcome.Retryable"/> result is harmless: query, close, refund query, bill.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Whether automatic retries are allowed.</returns>
    public static bool IsIdempotent(ChannelOperation operation) =>
        operation is ChannelOperation.Query or ChannelOperation.Close or ChannelOperation.RefundQuery or ChannelOperation.Bill;

    /// <summary>
    /// True for operations that move money or trade state, where a lost answer leaves the effect unknown
    /// (pay, refund, cancel): system errors and timeouts after sending are <see cref="ChannelOutcome.Unknown"/>.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Whether the operation has effects that must be confirmed.</returns>
    public static bool HasEffect(ChannelOperation operation) =>
        operation is ChannelOperation.Pay or ChannelOperation.Refund or ChannelOperation.Cancel;
}
