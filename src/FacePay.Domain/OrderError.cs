namespace FacePay.Domain;

/// <summary>Why the order refused (or could not fully accept) a command. Travels in command results, so the
/// numbers are fixed: add new codes at the end.</summary>
[GenerateSerializer, Alias("FacePay.OrderError")]
public enum OrderError
{
    /// <summary>No error.</summary>
    None = 0,

    /// <summary>The request is malformed (bad key, non-positive amount, empty description, ...).</summary>
    InvalidRequest = 1,

    /// <summary>The same idempotency key was used before with a different body.</summary>
    Conflict = 2,

    /// <summary>The command is not allowed in the order's current state.</summary>
    InvalidState = 3,

    /// <summary>The order was closed.</summary>
    OrderClosed = 4,

    /// <summary>A charge attempt is in flight; the channel must not be called again.</summary>
    AlreadyPaying = 5,

    /// <summary>The order is already paid.</summary>
    AlreadyPaid = 6,

    /// <summary>The charge is in flight: cancel or reverse it at the channel before closing.</summary>
    CancelAtChannelFirst = 7,

    /// <summary>The order is past its expiry time.</summary>
    Expired = 8,

    /// <summary>The order is not yet past its expiry time.</summary>
    NotExpired = 9,

    /// <summary>A face verification is needed before paying.</summary>
    VerificationRequired = 10,

    /// <summary>The verification result is for a session that is not the order's current one, or contradicts
    /// what that session already reported.</summary>
    StaleVerification = 12,

    /// <summary>The verification was for another member.</summary>
    MemberMismatch = 13,

    /// <summary>An amount or currency differs from the order's (alert: never applied).</summary>
    AmountMismatch = 14,

    /// <summary>The channel reported on an out_trade_no this order never sent.</summary>
    UnknownAttempt = 15,

    /// <summary>
    /// The channel reports a charge the order cannot accept (on an older attempt, a second attempt, or a closed
    /// order). Alert: money was taken that must be given back at the channel.
    /// </summary>
    UnexpectedCharge = 16,

    /// <summary>No more payment attempts are allowed.</summary>
    TooManyAttempts = 17,

    /// <summary>The order is not paid, so it cannot be refunded.</summary>
    NotPaid = 18,

    /// <summary>Successful plus pending refunds would exceed the paid amount.</summary>
    RefundExceedsPaid = 19,

    /// <summary>No refund with this number exists on the order.</summary>
    UnknownRefund = 20,

    /// <summary>No order exists under this key (answered by the order grain, never by <see cref="Order"/> itself).</summary>
    NotFound = 21,

    /// <summary>The verification token is not the one the order's face verification issued, was already spent,
    /// or its session refused it (expired, another order or amount).</summary>
    InvalidVerificationToken = 22,
}
