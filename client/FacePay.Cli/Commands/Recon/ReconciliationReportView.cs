using System.Globalization;
using FacePay.Reconciliation.Reports;
using Spectre.Console;

namespace FacePay.Cli.Commands.Recon;

/// <summary>A report for people: a summary table, the count per class, and the discrepancies themselves.</summary>
internal static class ReconciliationReportView
{
    private const int MaxRows = 50;

    public static void Write(IAnsiConsole console, ReconciliationReport report)
    {
        var summary = new Table().Title($"{report.Channel} {report.Date:yyyy-MM-dd} — run {report.RunNumber}").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        summary.AddRow("Bill lines", Number(report.Bill.Lines));
        summary.AddRow("Payments in bill", $"{Number(report.Bill.Payments)} ({Yuan(report.Bill.PaymentFen)})");
        summary.AddRow("Refunds in bill", $"{Number(report.Bill.Refunds)} ({Yuan(report.Bill.RefundFen)})");
        summary.AddRow("Our payments and refunds", Number(report.LedgerEntries));
        summary.AddRow("Matched", Number(report.Matched));
        summary.AddRow("Discrepancies", Number(report.DiscrepancyCount));
        summary.AddRow("Repaired", Number(report.RepairedCount));
        summary.AddRow("Open", report.IsClean ? "[green]0 — clean day[/]" : $"[red]{Number(report.OpenCount)}[/]");
        console.Write(summary);
        if (report.Discrepancies.Count == 0)
        {
            return;
        }

        var byClass = new Table().AddColumn("Class").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (type, count) in report.CountByClass().OrderBy(c => c.Key))
        {
            byClass.AddRow(type.ToString(), Number(count));
        }

        console.Write(byClass);
        var rows = new Table().AddColumn("Class").AddColumn("Resolution").AddColumn("Trade").AddColumn("Refund").AddColumn("Detail");
        foreach (var d in report.Discrepancies.Take(MaxRows))
        {
            rows.AddRow(
                Markup.Escape(d.Class.ToString()),
                d.Resolution == DiscrepancyResolution.Open ? "[red]Open[/]" : Markup.Escape(d.Resolution.ToString()),
                Markup.Escape(d.ChannelOutTradeNo),
                Markup.Escape(d.ChannelOutRefundNo ?? string.Empty),
                Markup.Escape(d.Detail));
        }

        console.Write(rows);
        if (report.DiscrepancyCount > MaxRows)
        {
            console.MarkupLine($"[grey]{Number(report.DiscrepancyCount - MaxRows)} more; use --json for all that were kept.[/]");
        }
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Yuan(long fen) => string.Create(CultureInfo.InvariantCulture, $"{fen / 100}.{Math.Abs(fen % 100):D2}");
}
