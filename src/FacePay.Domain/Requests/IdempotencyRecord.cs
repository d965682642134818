namespace FacePay.Domain.Requests;

/// <summary>
/// The rules of one idempotency key: the fingerprint (method, path and body hash) of the first request that used it,
/// that request's response once it completed, and a lease while it runs. A retry with the same fingerprint gets the
/// stored response; a different request under the same key is refused; a request whose runner died (lease expired)
/// may be run again; a record older than the retention is forgotten. Pure: times are passed in.
/// </summary>
[GenerateSerializer, Alias("FacePay.Requests.IdempotencyRecord")]
public sealed class IdempotencyRecord
{
    /// <summary>The fingerprint of the request that owns the key.</summary>
    [Id(0)]
    public string? Fingerprint { get; private set; }

    /// <summary>The completed response, once there is one.</summary>
    [Id(1)]
    public StoredResponse? Response { get; private set; }

    /// <summary>When the response was recorded.</summary>
    [Id(2)]
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Until when the running request holds the key (not persisted by callers that keep leases in memory).</summary>
    [Id(3)]
    public DateTimeOffset? LeasedUntil { get; private set; }

    /// <summary>Decides what to do with a request; on <see cref="IdempotencyOutcome.Proceed"/> the key is leased to it.</summary>
    /// <param name="fingerprint">The request's fingerprint.</param>
    /// <param name="now">The current time.</param>
    /// <param name="lease">How long the request may run before another attempt may take the key over.</param>
    /// <param name="retention">How long a completed response is kept.</param>
    public IdempotencyDecision Begin(string fingerprint, DateTimeOffset now, TimeSpan lease, TimeSpan retention)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        if (Response is not null && CompletedAt is { } completed && now - completed >= retention)
        {
            Forget();
        }

        if (Fingerprint is not null && !string.Equals(Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            var abandoned = Response is null && (LeasedUntil is null || now >= LeasedUntil);
            if (!abandoned)
            {
                return new IdempotencyDecision(IdempotencyOutcome.Mismatch);
            }
        }
        else if (Response is not null)
        {
            return new IdempotencyDecision(IdempotencyOutcome.Replay, Response);
        }
        else if (LeasedUntil is { } until && now < until)
        {
            return new IdempotencyDecision(IdempotencyOutcome.InProgress);
        }

        Fingerprint = fingerprint;
        Response = null;
        CompletedAt = null;
        LeasedUntil = now + lease;
        return new IdempotencyDecision(IdempotencyOutcome.Proceed);
    }

    /// <summary>Records the response of the leased request; false (nothing recorded) when the fingerprint does not hold the key.</summary>
    public bool Complete(string fingerprint, StoredResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!string.Equals(Fingerprint, fingerprint, StringComparison.Ordinal) || Response is not null)
        {
            return false;
        }

        Response = response;
        CompletedAt = now;
        LeasedUntil = null;
        return true;
    }

    /// <summary>Releases the key after a request that must not be replayed (it failed before a definite answer).</summary>
    public void Abandon(string fingerprint)
    {
        if (string.Equals(Fingerprint, fingerprint, StringComparison.Ordinal) && Response is null)
        {
            Forget();
        }
    }

    private void Forget()
    {
        Fingerprint = null;
        Response = null;
        CompletedAt = null;
        LeasedUntil = null;
    }
}
