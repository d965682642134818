using FacePay.Contracts;

namespace FacePay.Grains.Tests.Storage;

/// <summary>A grain with one persistent integer, to prove grain state goes to and comes back from PostgreSQL.</summary>
public sealed class StateProbeGrain(
    [PersistentState(StateProbeGrain.StateName, ProviderNames.GrainStorage)] IPersistentState<ProbeState> state)
    : Grain, IStateProbeGrain
{
    /// <summary>The state name; part of the storage row key, so unique per grain type.</summary>
    public const string StateName = "state-probe";

    private readonly Guid _activationId = Guid.NewGuid();

    public Task<ProbeSnapshot> Get() =>
        Task.FromResult(new ProbeSnapshot(state.State.Value, state.Etag, state.RecordExists, _activationId));

    public async Task Set(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
