namespace FacePay.Grains.Webhooks;

/// <summary>
/// A write that runs once, <c>delay</c> after it was first asked for, on a non-interleaving one-shot grain timer.
/// Asking again while it is armed changes nothing (it is never pushed back), so a burst of changes costs one write
/// within the delay of its first change.
/// </summary>
/// <param name="grain">The grain whose timer runs the write.</param>
/// <param name="delay">How long after the first request the write runs.</param>
/// <param name="write">The write; it decides for itself whether anything is left to write when it runs.</param>
internal sealed class DeferredWrite(IGrainBase grain, TimeSpan delay, Func<Task> write)
{
    private IGrainTimer? _timer;
    private bool _armed;

    /// <summary>Arms the timer unless it already is.</summary>
    public void Request()
    {
        if (_armed)
        {
            return;
        }

        _armed = true;
        if (_timer is null)
        {
            _timer = grain.RegisterGrainTimer(RunAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
        }
        else
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    private Task RunAsync(CancellationToken cancellationToken)
    {
        _armed = false;
        return write();
    }
}
