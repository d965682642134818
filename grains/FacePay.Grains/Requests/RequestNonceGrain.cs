using FacePay.Contracts.Requests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Requests;

/// <summary>
/// Holds the nonces of one merchant's time bucket in memory and stays activated until the bucket can no longer be
/// replayed into (its timestamps are outside the signature window), so no nonce is forgotten while it matters. Bounded:
/// a full bucket refuses new nonces instead of growing without limit.
/// </summary>
public sealed partial class RequestNonceGrain(TimeProvider time, IOptions<RequestGuardOptions> options, ILogger<RequestNonceGrain> logger)
    : Grain, IRequestNonceGrain
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly RequestGuardOptions _options = options.Value;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var keep = RequestNonceBuckets.RememberUntil(this.GetPrimaryKeyString(), _options.SignatureWindow) - time.GetUtcNow();
        if (keep > TimeSpan.Zero)
        {
            DelayDeactivation(keep);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> TryUseAsync(string nonce)
    {
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        if (_used.Count >= _options.MaxNoncesPerBucket && !_used.Contains(nonce))
        {
            LogFull(this.GetPrimaryKeyString(), _used.Count);
            return Task.FromResult(false);
        }

        return Task.FromResult(_used.Add(nonce));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nonce bucket {Bucket} is full ({Count} nonces); further requests in it are refused.")]
    private partial void LogFull(string bucket, int count);
}
