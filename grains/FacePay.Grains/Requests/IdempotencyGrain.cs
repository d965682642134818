using FacePay.Contracts;
using FacePay.Contracts.Requests;
using FacePay.Domain.Requests;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Requests;

/// <summary>
/// One idempotency key: load, let <see cref="IdempotencyRecord"/> decide, persist. Only completed responses are
/// written; the lease of a running request lives in memory, so a silo crash releases it and the retry runs again.
/// </summary>
public sealed class IdempotencyGrain(
    [PersistentState("idempotency", ProviderNames.GrainStorage)] IPersistentState<IdempotencyRecord> state,
    TimeProvider time,
    IOptions<RequestGuardOptions> options) : Grain, IIdempotencyGrain
{
    private readonly RequestGuardOptions _options = options.Value;

    /// <inheritdoc />
    public async Task<IdempotencyDecision> BeginAsync(string fingerprint)
    {
        var hadResponse = state.State.Response is not null;
        var decision = state.State.Begin(fingerprint, time.GetUtcNow(), _options.IdempotencyLease, _options.IdempotencyRetention);
        if (hadResponse && state.State.Response is null)
        {
            // The stored response outlived its retention and was forgotten: drop it from storage too.
            await state.WriteStateAsync();
        }

        return decision;
    }

    /// <inheritdoc />
    public async Task CompleteAsync(string fingerprint, StoredResponse response)
    {
        if (state.State.Complete(fingerprint, response, time.GetUtcNow()))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task AbandonAsync(string fingerprint)
    {
        state.State.Abandon(fingerprint);
        return Task.CompletedTask;
    }
}
