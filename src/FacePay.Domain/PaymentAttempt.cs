namespace FacePay.Domain;

/// <summary>
/// One charge attempt at the channel. Every retry of the same attempt reuses <see cref="ChannelOutTradeNo"/>, so the
/// channel deduplicates it; a new attempt (new number) is only opened after this one definitely failed.
/// </summary>
/// <param name="Number">1-based attempt number; also the suffix of the channel out_trade_no.</param>
/// <param name="ChannelOutTradeNo">The <c>out_trade_no</c> sent to the channel for this attempt.</param>
/// <param name="Channel">The channel charged.</param>
/// <param name="Authorization">What authorised the charge.</param>
/// <param name="VerificationTokenId">The single-use verification token spent on this attempt, if any.</param>
/// <param name="StartedAt">When the attempt was opened.</param>
/// <param name="Status">Where the attempt stands.</param>
/// <param name="ChannelTradeNo">The channel's own trade number once known (Alipay trade_no, WeChat transaction_id).</param>
/// <param name="FailureCode">The channel error code of a failed attempt.</param>
/// <param name="FailureMessage">The channel error message of a failed attempt.</param>
/// <param name="SettledAt">When the attempt reached Succeeded or Failed.</param>
[GenerateSerializer, Immutable, Alias("FacePay.PaymentAttempt")]
public sealed record PaymentAttempt(
    [property: Id(0)] int Number,
    [property: Id(1)] string ChannelOutTradeNo,
    [property: Id(2)] PaymentChannel Channel,
    [property: Id(3)] PaymentAuthorization Authorization,
    [property: Id(4)] string? VerificationTokenId,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] PaymentAttemptStatus Status,
    [property: Id(7)] string? ChannelTradeNo = null,
    [property: Id(8)] string? FailureCode = null,
    [property: Id(9)] string? FailureMessage = null,
    [property: Id(10)] DateTimeOffset? SettledAt = null)
{
    /// <summary>Whether the attempt has a final answer (Succeeded or Failed).</summary>
    public bool IsSettled => Status is PaymentAttemptStatus.Succeeded or PaymentAttemptStatus.Failed;
}
