using FacePay.Contracts;
using FacePay.Contracts.Operations;
using FacePay.Domain;

namespace FacePay.Grains.Operations;

/// <summary>The list of merchants with an operations read model (see <see cref="IOperationsDirectoryGrain"/>).</summary>
public sealed class OperationsDirectoryGrain(
    [PersistentState("operations-directory", ProviderNames.GrainStorage)] IPersistentState<OperationsDirectoryState> state) : Grain, IOperationsDirectoryGrain
{
    /// <inheritdoc />
    public async Task RegisterMerchantAsync(string merchantId)
    {
        if (!OrderKey.IsValidMerchantId(merchantId))
        {
            throw new ArgumentException($"'{merchantId}' is not a merchant id.", nameof(merchantId));
        }

        if (state.State.Merchants.Add(merchantId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetMerchantsAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Merchants]);
}
