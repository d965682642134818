namespace FacePay.Domain;

/// <summary>Create-order rules: validation and idempotency by (merchantId, outTradeNo).</summary>
public static class OrderCreation
{
    /// <summary>Longest description (WeChat Pay's limit; Alipay allows 256).</summary>
    public const int MaxDescriptionLength = 127;

    /// <summary>Longest member id.</summary>
    public const int MaxMemberIdLength = 64;

    /// <summary>Shortest time to expiry.</summary>
    public static readonly TimeSpan MinTimeToExpire = TimeSpan.FromMinutes(1);

    /// <summary>Longest time to expiry.</summary>
    public static readonly TimeSpan MaxTimeToExpire = TimeSpan.FromDays(1);

    /// <summary>
    /// Whether a repeated request has the same body as the one that created <paramref name="existing"/>:
    /// same key, amount and currency, description, channel, member and time to expire.
    /// </summary>
    public static bool Matches(Order existing, OrderCreationRequest request)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(request);
        return existing.Key == request.Key
            && existing.Amount == request.Amount
            && string.Equals(existing.Description, request.Description, StringComparison.Ordinal)
            && existing.Channel == request.Channel
            && string.Equals(existing.MemberId, request.MemberId, StringComparison.Ordinal)
            && existing.ExpiresAt - existing.CreatedAt == request.TimeToExpire;
    }

    /// <summary>Checks a request's fields; returns null when valid, else what is wrong.</summary>
    public static string? Validate(OrderCreationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrderKey.IsValidMerchantId(request.Key.MerchantId) || !OrderKey.IsValidOutTradeNo(request.Key.OutTradeNo))
        {
            return "The order key is malformed.";
        }

        if (!request.Amount.Currency.IsKnown || !request.Amount.IsPositive)
        {
            return "The amount must be positive in a known currency.";
        }

        if (string.IsNullOrWhiteSpace(request.Description) || request.Description.Length > MaxDescriptionLength)
        {
            return $"The description must be 1-{MaxDescriptionLength} characters.";
        }

        if (!Enum.IsDefined(request.Channel))
        {
            return "The channel is not supported.";
        }

        if (string.IsNullOrWhiteSpace(request.MemberId) || request.MemberId.Length > MaxMemberIdLength)
        {
            return $"The member id must be 1-{MaxMemberIdLength} characters.";
        }

        if (request.TimeToExpire < MinTimeToExpire || request.TimeToExpire > MaxTimeToExpire)
        {
            return $"The time to expire must be between {MinTimeToExpire} and {MaxTimeToExpire}.";
        }

        return null;
    }

    /// <summary>
    /// Decides a create-order request against the order already stored under its key (null if none):
    /// a new valid request creates the order (version 1, <c>OrderCreated</c> event); the same body again returns the
    /// existing order as a Duplicate; a different body is refused with <see cref="OrderError.Conflict"/>.
    /// </summary>
    /// <param name="existing">The stored order with this key, or null.</param>
    /// <param name="request">The request.</param>
    /// <param name="now">The caller's clock.</param>
    /// <param name="source">Who asked (normally <see cref="ChangeSource.Api"/>).</param>
    public static OrderCreationResult Decide(Order? existing, OrderCreationRequest request, DateTimeOffset now, ChangeSource source)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (existing is not null)
        {
            return Matches(existing, request)
                ? new OrderCreationResult { Order = existing, Outcome = DecisionOutcome.Duplicate, Message = "The order already exists with the same body." }
                : new OrderCreationResult
                {
                    Order = existing,
                    Outcome = DecisionOutcome.Refused,
                    Error = OrderError.Conflict,
                    Message = "An order with this out_trade_no already exists with a different body.",
                };
        }

        if (Validate(request) is { } problem)
        {
            return new OrderCreationResult { Outcome = DecisionOutcome.Refused, Error = OrderError.InvalidRequest, Message = problem };
        }

        var (order, created) = Order.Create(request, now, source);
        return new OrderCreationResult { Order = order, Outcome = DecisionOutcome.Applied, Events = [created] };
    }
}
