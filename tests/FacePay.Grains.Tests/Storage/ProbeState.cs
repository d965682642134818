namespace FacePay.Grains.Tests.Storage;

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)]
    public int Value { get; set; }
}
