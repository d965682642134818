namespace FacePay.Grains.Tests.Storage;

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Arm(TimeSpan dueTime, TimeSpan period);

    Task Disarm();

    Task<int> Ticks();
}
