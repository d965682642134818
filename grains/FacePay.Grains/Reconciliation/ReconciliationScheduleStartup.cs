using FacePay.Contracts.Reconciliation;
using Microsoft.Extensions.Options;

namespace FacePay.Grains.Reconciliation;

/// <summary>
/// When the silo becomes active, makes sure the daily reminder exists at the configured time (every silo does it;
/// registering the same reminder again only moves it to the same time).
/// </summary>
/// <param name="grains">The grain factory.</param>
/// <param name="options">The reconciliation options.</param>
internal sealed class ReconciliationScheduleStartup(IGrainFactory grains, IOptions<ReconciliationOptions> options) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        observer.Subscribe(nameof(ReconciliationScheduleStartup), ServiceLifecycleStage.Active, async _ =>
        {
            if (options.Value.Schedule.Enabled && options.Value.MerchantIds.Count > 0)
            {
                await grains.GetGrain<IReconciliationScheduleGrain>(0).EnsureScheduledAsync();
            }
        });
    }
}
