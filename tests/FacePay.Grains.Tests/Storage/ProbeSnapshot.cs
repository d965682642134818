namespace FacePay.Grains.Tests.Storage;

/// <summary>What a probe grain holds, and which activation answered.</summary>
[GenerateSerializer]
public sealed record ProbeSnapshot(
    [property: Id(0)] int Value,
    [property: Id(1)] string? ETag,
    [property: Id(2)] bool RecordExists,
    [property: Id(3)] Guid ActivationId);
