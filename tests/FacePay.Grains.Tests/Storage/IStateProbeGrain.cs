namespace FacePay.Grains.Tests.Storage;

public interface IStateProbeGrain : IGrainWithStringKey
{
    Task<ProbeSnapshot> Get();

    Task Set(int value);

    Task Deactivate();
}
