namespace FacePay.Sandbox.Faults;

/// <summary>
/// A fault to inject: which requests or notifications it matches (channel, operation, trade; all optional), how
/// often it fires, and its parameters. Posted as JSON to <c>POST /sandbox/faults</c> or added with
/// <see cref="SandboxFaults.Add"/>.
/// </summary>
public sealed record FaultRule
{
    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>Only this channel; null for both.</summary>
    public SandboxChannel? Channel { get; init; }

    /// <summary>Only this operation; null for every operation the kind applies to.</summary>
    public SandboxOperation? Operation { get; init; }

    /// <summary>Only this <c>out_trade_no</c>; null for every trade.</summary>
    public string? OutTradeNo { get; init; }

    /// <summary>Probability that a matching request fires the rule, 0 to 1.</summary>
    public double Probability { get; init; } = 1.0;

    /// <summary>How many times the rule may fire; null for unlimited.</summary>
    public int? Times { get; init; }

    /// <summary>Milliseconds of latency (<see cref="FaultKind.Latency"/>), hold time (<see cref="FaultKind.Timeout"/>)
    /// or maximum hold-back (<see cref="FaultKind.OutOfOrderNotification"/>).</summary>
    public int DelayMs { get; init; }

    /// <summary>HTTP status for <see cref="FaultKind.HttpError"/>.</summary>
    public int StatusCode { get; init; } = 503;

    /// <summary>For <see cref="FaultKind.SystemError"/>, <see cref="FaultKind.HttpError"/>,
    /// <see cref="FaultKind.DropConnection"/> and <see cref="FaultKind.Timeout"/>: the operation takes effect before the
    /// fault answer (the caller cannot know it did).</summary>
    public bool ApplyOperation { get; init; }

    /// <summary>For <see cref="FaultKind.UserPaying"/> and <see cref="FaultKind.RefundProcessing"/>: queries until
    /// the trade or refund succeeds (at least 1).</summary>
    public int Queries { get; init; } = 1;

    /// <summary>For <see cref="FaultKind.DuplicateNotification"/>: how many times each notification is delivered.</summary>
    public int Copies { get; init; } = 2;

    /// <summary>For <see cref="FaultKind.WrongAmountNotification"/>: fen added to the true amount.</summary>
    public long AmountDeltaFen { get; init; } = 1;

    /// <summary>Checks the parameters.</summary>
    /// <returns>The problems found; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Kind))
        {
            problems.Add("kind is not a known fault kind.");
        }

        if (Probability is < 0 or > 1 || double.IsNaN(Probability))
        {
            problems.Add("probability must be between 0 and 1.");
        }

        if (Times is < 1)
        {
            problems.Add("times must be at least 1 when given.");
        }

        if (DelayMs < 0)
        {
            problems.Add("delayMs must not be negative.");
        }

        if (Kind == FaultKind.HttpError && StatusCode is < 400 or > 599)
        {
            problems.Add("statusCode must be 4xx or 5xx.");
        }

        if (Kind is FaultKind.UserPaying or FaultKind.RefundProcessing && Queries < 1)
        {
            problems.Add("queries must be at least 1.");
        }

        if (Kind == FaultKind.DuplicateNotification && Copies is < 2 or > 100)
        {
            problems.Add("copies must be between 2 and 100.");
        }

        if (Kind == FaultKind.BillDuplicateLine && string.IsNullOrEmpty(OutTradeNo))
        {
            problems.Add("outTradeNo must name the trade whose bill line is repeated.");
        }

        if (Kind == FaultKind.WrongAmountNotification && AmountDeltaFen == 0)
        {
            problems.Add("amountDeltaFen must not be 0.");
        }

        return problems;
    }
}
