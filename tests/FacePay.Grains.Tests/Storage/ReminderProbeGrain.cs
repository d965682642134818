using FacePay.Contracts;

namespace FacePay.Grains.Tests.Storage;

/// <summary>Counts its reminder's ticks in persistent state, to prove ADO.NET reminders fire.</summary>
public sealed class ReminderProbeGrain(
    [PersistentState(ReminderProbeGrain.StateName, ProviderNames.GrainStorage)] IPersistentState<ReminderProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    public const string StateName = "reminder-probe";
    public const string ReminderName = "probe";

    public Task Arm(TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public async Task Disarm()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<int> Ticks() => Task.FromResult(state.State.Ticks);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
