using FacePay.Reconciliation.Reports;

namespace FacePay.Grains.Reconciliation;

/// <summary>
/// The current run's progress, written by the run (partly off the grain's scheduler while the bill is parsed) and
/// read by status calls that interleave with it.
/// </summary>
internal sealed class ReconciliationProgress
{
    private long _linesRead;
    private int _itemsDone;

    public ReconciliationPhase Phase { get; set; } = ReconciliationPhase.Idle;

    public long LinesRead => Interlocked.Read(ref _linesRead);

    public int ItemsDone => Volatile.Read(ref _itemsDone);

    public int ItemsTotal { get; private set; }

    public string? Error { get; set; }

    public void Start(ReconciliationPhase phase, int itemsTotal = 0)
    {
        Phase = phase;
        ItemsTotal = itemsTotal;
        Volatile.Write(ref _itemsDone, 0);
    }

    public void ReadLines(long lines) => Interlocked.Exchange(ref _linesRead, lines);

    public void ItemDone() => Interlocked.Increment(ref _itemsDone);

    public void Reset()
    {
        Error = null;
        Interlocked.Exchange(ref _linesRead, 0);
        Start(ReconciliationPhase.Downloading);
    }
}
