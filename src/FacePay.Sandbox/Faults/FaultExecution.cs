
namespace FacePay.Sandbox.Faults;

/// <summary>
/// Runs one gateway operation under the faults that fired for it: latency first, then the terminal fault (HTTP
/// error, dropped connection, timeout, system error) before or after the operation took effect.
/// </summary>
internal static class FaultExecution
{
    private static readonly FaultKind[] TerminalKinds = [FaultKind.HttpError, FaultKind.DropConnection, FaultKind.Timeout, FaultKind.SystemError];

    public static async Task RunAsync(
        HttpContext context,
        IReadOnlyList<FaultRule> fired,
        TimeSpan defaultHold,
        Func<Task<PreparedResponse>> operation,
        Func<PreparedResponse> systemError)
    {
        var latency = fired.Where(r => r.Kind == FaultKind.Latency).Sum(r => (long)r.DelayMs);
        if (latency > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(latency), context.RequestAborted);
        }

        var terminal = fired.FirstOrDefault(r => TerminalKinds.Contains(r.Kind));
        if (terminal is null)
        {
            await (await operation()).WriteAsync(context);
            return;
        }

        if (terminal.ApplyOperation)
        {
            // The effect happens; the answer is lost. This is the "unknown outcome" a client must resolve by query.
            _ = await operation();
        }

        switch (terminal.Kind)
        {
            case FaultKind.HttpError:
                await new PreparedResponse(
                    terminal.StatusCode,
                    "text/html",
                    System.Text.Encoding.UTF8.GetBytes($"<html><body><h1>{terminal.StatusCode} Gateway Error</h1></body></html>")).WriteAsync(context);
                break;
            case FaultKind.DropConnection:
                context.Abort();
                break;
            case FaultKind.Timeout:
                var hold = terminal.DelayMs > 0 ? TimeSpan.FromMilliseconds(terminal.DelayMs) : defaultHold;
                try
                {
                    await Task.Delay(hold, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up first, as intended.
                }

                context.Abort();
                break;
            default:
                await systemError().WriteAsync(context);
                break;
        }
    }

    public static int UserPayingQueries(IReadOnlyList<FaultRule> fired) =>
        fired.FirstOrDefault(r => r.Kind == FaultKind.UserPaying)?.Queries ?? 0;

    public static int RefundProcessingQueries(IReadOnlyList<FaultRule> fired) =>
        fired.FirstOrDefault(r => r.Kind == FaultKind.RefundProcessing)?.Queries ?? 0;
}
