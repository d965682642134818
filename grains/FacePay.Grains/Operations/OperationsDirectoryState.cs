namespace FacePay.Grains.Operations;

/// <summary>What <see cref="OperationsDirectoryGrain"/> persists.</summary>
[GenerateSerializer, Alias("FacePay.Operations.OperationsDirectoryState")]
public sealed class OperationsDirectoryState
{
    /// <summary>The registered merchants.</summary>
    [Id(0)]
    public SortedSet<string> Merchants { get; set; } = new(StringComparer.Ordinal);
}
