namespace FacePay.Client.Operations;

/// <summary>An order as the console lists it.</summary>
/// <param name="MerchantId">The merchant.</param>
/// <param name="OutTradeNo">The merchant's order number.</param>
/// <param name="State">Its state, from its latest event.</param>
/// <param name="Channel">The channel, when known.</param>
/// <param name="Amount">Minor units, when known.</param>
/// <param name="Currency">The currency, when known.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="ExpiresAt">When an unpaid order closes by itself.</param>
/// <param name="PastExpiry">Unpaid, open and past its expiry.</param>
/// <param name="OutcomeUnknownSince">When its payment outcome became unknown (waiting for a query).</param>
/// <param name="LastCode">The latest failure or unknown-outcome code.</param>
public sealed record OrderLine(
    string MerchantId,
    string OutTradeNo,
    string State,
    string? Channel,
    long? Amount,
    string? Currency,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpiresAt,
    bool PastExpiry,
    DateTimeOffset? OutcomeUnknownSince,
    string? LastCode);
