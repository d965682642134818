using FacePay.Domain.Requests;

namespace FacePay.Contracts.Requests;

/// <summary>
/// One merchant's idempotency key, keyed <c>{merchantId}/{idempotencyKey}</c>: the fingerprint of the first request that
/// used it and that request's response, persisted so that a retry through any API instance, even after a restart,
/// gets the first answer (see <see cref="IdempotencyRecord"/>).
/// </summary>
[Alias("FacePay.IIdempotencyGrain")]
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Claims the key for a request with this fingerprint, or says to replay, refuse, or wait.</summary>
    [Alias("Begin")]
    Task<IdempotencyDecision> BeginAsync(string fingerprint);

    /// <summary>Stores the response of the request that claimed the key.</summary>
    [Alias("Complete")]
    Task CompleteAsync(string fingerprint, StoredResponse response);

    /// <summary>Releases the key after the request failed without a definite answer (a retry may run it again).</summary>
    [Alias("Abandon")]
    Task AbandonAsync(string fingerprint);
}
