namespace FacePay.Grains.Tests.Storage;

[GenerateSerializer]
public sealed class ReminderProbeState
{
    [Id(0)]
    public int Ticks { get; set; }
}
