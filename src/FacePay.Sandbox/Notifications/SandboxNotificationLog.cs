namespace FacePay.Sandbox.Notifications;

/// <summary>Every notification delivery attempt, in order; tests wait on it instead of sleeping.</summary>
public sealed class SandboxNotificationLog
{
    private readonly Lock _gate = new();
    private readonly List<NotificationAttempt> _attempts = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>All attempts so far.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<NotificationAttempt> All()
    {
        lock (_gate)
        {
            return [.. _attempts];
        }
    }

    /// <summary>Waits until the attempts satisfy a condition.</summary>
    /// <param name="condition">Checked after every new attempt.</param>
    /// <param name="timeout">Gives up after this long.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The attempts that satisfied the condition.</returns>
    /// <exception cref="TimeoutException">The condition did not hold in time.</exception>
    public async Task<IReadOnlyList<NotificationAttempt>> WaitForAsync(
        Func<IReadOnlyList<NotificationAttempt>, bool> condition,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            IReadOnlyList<NotificationAttempt> snapshot;
            lock (_gate)
            {
                snapshot = [.. _attempts];
                changed = _changed.Task;
            }

            if (condition(snapshot))
            {
                return snapshot;
            }

            try
            {
                await changed.WaitAsync(timeoutSource.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Notification condition not met within {timeout}; {snapshot.Count} attempts seen.");
            }
        }
    }

    /// <summary>Forgets all attempts.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _attempts.Clear();
        }
    }

    internal void Add(NotificationAttempt attempt)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _attempts.Add(attempt);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }
}
