using System.CommandLine;
using System.Globalization;
using FacePay.Cli.Input;
using FacePay.Cli.Output;
using FacePay.Domain.Operations;
using Spectre.Console;

namespace FacePay.Cli.Commands.Orders;

/// <summary>
/// <c>facepay orders list</c>: a merchant's recent orders from its operations read model. Orleans cannot enumerate
/// order grains, so the list is what the payment stream has told the read model: the latest changed orders, the ones
/// waiting for a channel query and the unpaid ones past their expiry.
/// </summary>
internal static class OrderList
{
    /// <summary>Builds the <c>list</c> command.</summary>
    public static Command Build(CliContext context)
    {
        var merchant = MerchantOption.Create();
        var open = new Option<bool>("--open")
        {
            Description = "List only what needs attention: orders whose payment outcome waits for a channel query, and unpaid orders past their expiry.",
        };
        var command = new Command(
            "list",
            "The merchant's most recently changed orders (newest first, at most 20) with their state, channel, amount and last " +
            "code, as the operations read model saw them on the payment stream; --open lists the ones waiting for a query or " +
            "past their expiry instead. Read with 'orders get' for the order's own word.")
        {
            merchant, open,
        };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            await using var cluster = await context.ConnectAsync(parse, ct);
            var view = await cluster.Operations.GetMerchantAsync(parse.GetRequiredValue(merchant), ct);
            if (parse.GetValue(open))
            {
                await ReportPrinter.PrintDocumentAsync(context, parse, new { view.MerchantId, view.AwaitingQuery, view.OpenPastExpiry, view.DroppedOpenOrders }, console =>
                {
                    Write(console, "waiting for a channel query", view.AwaitingQuery);
                    Write(console, "unpaid and past expiry", view.OpenPastExpiry);
                    WriteDropped(console, view);
                });
            }
            else
            {
                await ReportPrinter.PrintDocumentAsync(context, parse, new { view.MerchantId, orders = view.LatestOrders, view.DroppedOpenOrders }, console =>
                {
                    Write(console, "latest orders", view.LatestOrders);
                    WriteDropped(console, view);
                });
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, string title, IReadOnlyList<TrackedOrder> orders)
    {
        if (orders.Count == 0)
        {
            console.MarkupLine($"[grey]{Markup.Escape(title)}: none[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title))
            .AddColumn("order").AddColumn("state").AddColumn("channel").AddColumn("amount").AddColumn("updated (UTC)").AddColumn("last code");
        foreach (var order in orders)
        {
            table.AddRow(
                Markup.Escape(order.Key.OutTradeNo),
                Markup.Escape(order.AwaitsQuery ? "Paying, unknown" : order.State.ToString()),
                Markup.Escape(order.Channel?.ToString() ?? "-"),
                Markup.Escape(order.Amount is { } amount ? MoneyText.Format(amount) : "-"),
                Markup.Escape(order.UpdatedAt.UtcDateTime.ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Markup.Escape(order.LastCode ?? "-"));
        }

        console.Write(table);
    }

    private static void WriteDropped(IAnsiConsole console, MerchantOperationsView view)
    {
        if (view.DroppedOpenOrders > 0)
        {
            console.MarkupLine($"[yellow]{view.DroppedOpenOrders} open orders fell out of the read model's bounds; the lists may be incomplete.[/]");
        }
    }
}
