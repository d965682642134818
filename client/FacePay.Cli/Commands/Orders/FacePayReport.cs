using FacePay.Client;
using FacePay.Contracts.Orders;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Domain.Verification;
using Spectre.Console;

namespace FacePay.Cli.Commands.Orders;

/// <summary>
/// What one verify-then-pay did, for people and scripts, and the one reason it did not end Paid (the key <c>load</c>
/// counts failures by). Match scores are not disclosed, as in the Merchant API.
/// </summary>
/// <param name="Verified">The face matched and the order accepted the verification.</param>
/// <param name="Capture">The capture's result, when a session opened.</param>
/// <param name="Order">The order after the payment, when the capture verified.</param>
/// <param name="Failure">Why the order is not Paid (<c>NotMatched</c>, <c>FaceRejected:NoFace</c>, <c>session:NotEnrolled</c>, <c>payment:AlreadyPaid</c>, <c>order:Paying</c>, …); null when it is.</param>
internal sealed record FacePayReport(bool Verified, FacePayReport.CaptureSummary? Capture, OrderView? Order, string? Failure)
{
    /// <summary>Summarises the flow's result.</summary>
    public static FacePayReport From(FacePayResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var capture = result.Capture is { } c
            ? new CaptureSummary(c.Refusal == SubmissionRefusal.None ? null : c.Refusal, c.Outcome, c.FaceReason == FaceCheckReason.None ? null : c.FaceReason, c.Message, c.AttemptsLeft, c.Status)
            : null;
        var order = result.Payment?.Order;
        return new FacePayReport(result.Capture?.Verified == true, capture, order, FailureOf(result));
    }

    /// <summary>Writes the capture and the order as tables.</summary>
    public static void Write(IAnsiConsole console, FacePayReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Capture is { } capture)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("capture").AddColumn("field").AddColumn("value");
            table.AddRow("verified", report.Verified ? "[green]yes[/]" : "[red]no[/]");
            table.AddRow(new Text("outcome"), new Text(capture.Refusal?.ToString() ?? capture.Outcome?.ToString() ?? "-"));
            table.AddRow(new Text("face reason"), new Text(capture.FaceReason?.ToString() ?? "-"));
            table.AddRow(new Text("message"), new Text(capture.Message));
            table.AddRow(new Text("attempts left"), new Text(capture.AttemptsLeft.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            table.AddRow(new Text("session"), new Text(capture.SessionStatus.ToString()));
            console.Write(table);
        }

        if (report.Order is { } order)
        {
            OrderTables.WriteOrder(console, order);
        }
    }

    private static string? FailureOf(FacePayResult result)
    {
        if (!result.Session.Succeeded)
        {
            return $"session:{result.Session.Error}";
        }

        if (result.Capture is not { } capture)
        {
            return "capture:none";
        }

        if (capture.Refusal != SubmissionRefusal.None)
        {
            return $"capture:{capture.Refusal}";
        }

        if (!capture.Verified)
        {
            return capture.Outcome == AttemptOutcome.FaceRejected ? $"FaceRejected:{capture.FaceReason}" : $"{capture.Outcome}";
        }

        if (result.Payment is not { } payment)
        {
            return "payment:none";
        }

        if (!payment.Succeeded)
        {
            return $"payment:{payment.Error}";
        }

        return payment.Order.State == OrderState.Paid
            ? null
            : $"order:{payment.Order.State}" + (payment.Order.FailureCode is { } code ? $":{code}" : string.Empty);
    }

    /// <summary>The capture as shown: the refusal (nothing analysed) or the attempt's outcome.</summary>
    /// <param name="Refusal">Why the capture was not taken as an attempt, if it was not.</param>
    /// <param name="Outcome">Matched, NotMatched or FaceRejected.</param>
    /// <param name="FaceReason">The quality gate that rejected the face.</param>
    /// <param name="Message">What happened.</param>
    /// <param name="AttemptsLeft">Captures the session still allows.</param>
    /// <param name="SessionStatus">The session afterwards.</param>
    internal sealed record CaptureSummary(SubmissionRefusal? Refusal, AttemptOutcome? Outcome, FaceCheckReason? FaceReason, string Message, int AttemptsLeft, VerificationSessionStatus SessionStatus);
}
