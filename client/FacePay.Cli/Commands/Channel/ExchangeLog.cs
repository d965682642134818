namespace FacePay.Cli.Commands.Channel;

/// <summary>The channel's last HTTP answer, as recorded by <see cref="ExchangeRecorder"/>.</summary>
internal sealed class ExchangeLog
{
    private readonly Lock _gate = new();
    private RecordedExchange? _last;

    /// <summary>The last answer received, or null when none arrived (not sent, timed out).</summary>
    public RecordedExchange? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Records an answer.</summary>
    public void Record(RecordedExchange exchange)
    {
        lock (_gate)
        {
            _last = exchange;
        }
    }
}
