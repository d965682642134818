namespace FacePay.Cli.Commands.Load;

/// <summary>A run's counters while it goes.</summary>
/// <param name="Started">Operations started.</param>
/// <param name="Succeeded">Operations that succeeded.</param>
/// <param name="Failed">Operations that failed.</param>
public sealed record LoadProgress(int Started, int Succeeded, int Failed)
{
    /// <summary>Operations finished, either way.</summary>
    public int Finished => Succeeded + Failed;
}
