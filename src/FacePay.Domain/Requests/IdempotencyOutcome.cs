namespace FacePay.Domain.Requests;

/// <summary>What to do with a request that carries an idempotency key.</summary>
[GenerateSerializer, Alias("FacePay.Requests.IdempotencyOutcome")]
public enum IdempotencyOutcome
{
    /// <summary>First use of the key (or the earlier use expired or was abandoned): run the request, then record its response.</summary>
    Proceed = 1,

    /// <summary>The same request was answered before: send the stored response again, run nothing.</summary>
    Replay = 2,

    /// <summary>The key was used for a different request (method, path or body): refuse, run nothing.</summary>
    Mismatch = 3,

    /// <summary>The same request is running right now (a concurrent retry): ask the caller to retry shortly.</summary>
    InProgress = 4,
}
