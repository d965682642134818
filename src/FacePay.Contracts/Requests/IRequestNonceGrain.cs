namespace FacePay.Contracts.Requests;

/// <summary>
/// The nonces one merchant's signed requests used within one time bucket, keyed by <see cref="RequestNonceBuckets.Key"/>.
/// It lives in the cluster, not in an API host, so a request replayed to any Merchant API instance is refused. The
/// memory is volatile: a bucket is only needed until its requests' timestamps fall out of the signature window, and
/// the activation is kept that long.
/// </summary>
[Alias("FacePay.IRequestNonceGrain")]
public interface IRequestNonceGrain : IGrainWithStringKey
{
    /// <summary>Records a nonce; false when it was already used in this bucket (a replay) or the bucket is full.</summary>
    [Alias("TryUse")]
    Task<bool> TryUseAsync(string nonce);
}
