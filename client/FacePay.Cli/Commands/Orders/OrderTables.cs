using System.Globalization;
using FacePay.Cli.Output;
using FacePay.Contracts.Orders;
using FacePay.Domain;
using Spectre.Console;

namespace FacePay.Cli.Commands.Orders;

/// <summary>Orders for people: the order's fields, its refunds and its history as tables.</summary>
internal static class OrderTables
{
    /// <summary>Writes the order and, when it has any, its refunds.</summary>
    public static void WriteOrder(IAnsiConsole console, OrderView order, string? note = null)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"order {order.MerchantId}/{order.OutTradeNo}"))
            .AddColumn("field").AddColumn("value");
        Row(table, "state", order.State.ToString());
        Row(table, "amount", MoneyText.Format(order.Amount));
        Row(table, "refunded", MoneyText.Format(order.Refunded));
        Row(table, "channel", order.Channel.ToString());
        Row(table, "member", order.MemberId);
        Row(table, "description", order.Description);
        Row(table, "channel trade no", order.ChannelTradeNo);
        Row(table, "close reason", order.CloseReason?.ToString());
        Row(table, "failure code", order.FailureCode);
        Row(table, "version", order.Version.ToString(CultureInfo.InvariantCulture));
        Row(table, "created", Time(order.CreatedAt));
        Row(table, "updated", Time(order.UpdatedAt));
        Row(table, "expires", Time(order.ExpiresAt));
        console.Write(table);
        if (order.Refunds.Count > 0)
        {
            WriteRefunds(console, order.Refunds);
        }

        if (note is not null)
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        }
    }

    /// <summary>Writes the order's change log, oldest first.</summary>
    public static void WriteHistory(IAnsiConsole console, OrderKey key, IReadOnlyList<OrderHistoryEntry> entries)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"history of {key}"))
            .AddColumn(new TableColumn("version").RightAligned()).AddColumn("at").AddColumn("source").AddColumn("change").AddColumn("state").AddColumn("detail");
        foreach (var entry in entries)
        {
            table.AddRow(
                new Text(entry.Version.ToString(CultureInfo.InvariantCulture)),
                new Text(Time(entry.At)),
                new Text(entry.Source.ToString()),
                new Text(entry.Kind.ToString()),
                new Text(entry.From == entry.To ? entry.To.ToString() : $"{entry.From} → {entry.To}"),
                new Text(entry.Detail ?? string.Empty));
        }

        console.Write(table);
    }

    private static void WriteRefunds(IAnsiConsole console, IReadOnlyList<Refund> refunds)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("refunds")
            .AddColumn("refund no").AddColumn(new TableColumn("amount").RightAligned()).AddColumn("status").AddColumn("requested").AddColumn("settled")
            .AddColumn("channel refund id").AddColumn("failure code").AddColumn("reason");
        foreach (var refund in refunds)
        {
            table.AddRow(
                new Text(refund.OutRefundNo),
                new Text(MoneyText.Format(refund.Amount)),
                new Text(refund.Status.ToString()),
                new Text(Time(refund.RequestedAt)),
                new Text(refund.SettledAt is { } settled ? Time(settled) : "-"),
                new Text(refund.ChannelRefundId ?? "-"),
                new Text(refund.FailureCode ?? "-"),
                new Text(refund.Reason ?? "-"));
        }

        console.Write(table);
    }

    private static void Row(Table table, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            table.AddRow(new Text(field), new Text(value));
        }
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
