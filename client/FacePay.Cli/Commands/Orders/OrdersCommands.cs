using System.CommandLine;
using FacePay.Cli.Input;
using FacePay.Cli.Output;
using FacePay.Client;
using FacePay.Contracts.Orders;
using FacePay.Domain;

namespace FacePay.Cli.Commands.Orders;

/// <summary><c>facepay orders …</c>: one order at a time, through the same <see cref="IFacePayClient"/> a merchant backend embeds.</summary>
internal static class OrdersCommands
{
    private static readonly TimeSpan RefundPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Builds the <c>orders</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "orders",
            "Create, read, pay, close and refund one order in the cluster, keyed by the merchant and its order number. " +
            "Amounts are whole minor units with their currency (--amount 1234 --currency CNY is ¥12.34). Exit 1 with one line " +
            "when the order does not exist or the cluster refuses the command (the refusal code is named); nothing is changed then.");
        context.Help.Add(command, """
            Examples:
              facepay orders create T20261123001 -m m1 --amount 1234 --channel alipay --member alice --description Coffee
              facepay orders pay T20261123001 -m m1 --photo capture.jpg --payer-code fp2088000000000001
              facepay orders get T20261123001 -m m1 --json
              facepay orders list -m m1 --open
              facepay orders refund T20261123001 -m m1 --out-refund-no R1 --amount 500 --reason 'one item returned'
              facepay orders history T20261123001 -m m1
              facepay orders close T20261123002 -m m1

            Cluster options: --postgres (or FacePay__Client__PostgresConnectionString), --cluster-id, --service-id.
            'orders list' reads the merchant's operations read model (fed by the payment stream), not the orders themselves.
            """);
        command.Subcommands.Add(Create(context));
        command.Subcommands.Add(Get(context));
        command.Subcommands.Add(OrderList.Build(context));
        command.Subcommands.Add(History(context));
        command.Subcommands.Add(Pay(context));
        command.Subcommands.Add(Close(context));
        command.Subcommands.Add(Refund(context));
        return command;
    }

    private static Command Create(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var amount = MinorUnitsOption.Create("--amount", "The amount to charge", "minor units of --currency (fen for CNY)", "1234 for 12.34 CNY");
        var currency = Input.CurrencyOption.Create();
        var description = new Option<string>("--description", "-d") { Description = $"What is being bought (1-{OrderCreation.MaxDescriptionLength} characters).", Required = true };
        description.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value) || value.Length > OrderCreation.MaxDescriptionLength)
            {
                result.AddError($"--description takes 1-{OrderCreation.MaxDescriptionLength} characters.");
            }
        });
        var channel = ChannelOption.Create("The channel that charges the member");
        var member = new Option<string>("--member") { Description = "The member expected to pay (enrolled with 'facepay members enroll').", HelpName = "id", Required = true };
        member.Validators.Add(result => IdentifierArguments.CheckMemberId(result, result.GetValueOrDefault<string>()));
        var expiresIn = WholeNumberOption.Create(
            "--expires-in", "Seconds until an unpaid order closes by itself", "seconds", (int)OrderCreation.MinTimeToExpire.TotalSeconds, (int)OrderCreation.MaxTimeToExpire.TotalSeconds, 900);
        var command = new Command(
            "create",
            "Create an order (state Created). The same request again answers with the same order (replayed: true); the same " +
            "order number with different fields is refused as a Conflict.")
        {
            outTradeNo, merchant, amount, currency, description, channel, member, expiresIn,
        };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            var request = new OrderCreationRequest(
                key,
                Money.Of(parse.GetValue(amount), parse.GetRequiredValue(currency)),
                parse.GetRequiredValue(description),
                parse.GetValue(channel),
                parse.GetRequiredValue(member),
                TimeSpan.FromSeconds(parse.GetValue(expiresIn)));
            await using var cluster = await context.ConnectAsync(parse, ct);
            var result = await cluster.FacePay.CreateOrderAsync(request, ct);
            var order = OrderOutcomes.Require(result, key, "create");
            await ReportPrinter.PrintDocumentAsync(context, parse, new { replayed = result.Replayed, order }, console =>
                OrderTables.WriteOrder(console, order, result.Replayed ? "The order already existed with these fields; nothing changed." : null));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Get(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var command = new Command("get", "Read an order: state, amounts, channel trade number, refunds, close reason, failure code.") { outTradeNo, merchant };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            await using var cluster = await context.ConnectAsync(parse, ct);
            var order = await cluster.FacePay.GetOrderAsync(key, ct) ?? throw OrderOutcomes.NotFound(key);
            await ReportPrinter.PrintDocumentAsync(context, parse, order, console => OrderTables.WriteOrder(console, order));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command History(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var command = new Command("history", "Every accepted change of an order, oldest first: version, time, who caused it, the change and the state it moved to.") { outTradeNo, merchant };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            await using var cluster = await context.ConnectAsync(parse, ct);
            var entries = await cluster.FacePay.GetOrderHistoryAsync(key, ct);
            if (entries.Count == 0)
            {
                throw OrderOutcomes.NotFound(key);
            }

            await ReportPrinter.PrintDocumentAsync(context, parse, new { merchantId = key.MerchantId, outTradeNo = key.OutTradeNo, entries }, console => OrderTables.WriteHistory(console, key, entries));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Pay(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var photo = new Option<FileInfo>("--photo")
        {
            Description = "The kiosk's capture of the shopper (JPEG, PNG or WebP), verified against the order's member.",
            HelpName = "file",
            Required = true,
        };
        var payerCode = new Option<string>("--payer-code")
        {
            Description = "The payer code from the channel's face SDK (Alipay face token fp…, WeChat face code). The sandbox takes " +
                "e.g. fp2088000000000001 (Alipay) or 130061098828009406 (WeChat Pay) and refuses codes starting with 'invalid'.",
            HelpName = "code",
            Required = true,
        };
        var device = new Option<string?>("--device") { Description = "The kiosk id, sent to the channel as scene information.", HelpName = "id" };
        var command = new Command(
            "pay",
            "Face-pay an order the way a kiosk does: open a verification session for the order's member, submit the capture and, " +
            "when it matches, charge the channel with the single-use token. Exit 1 when the face did not match or the charge was " +
            "refused (the order then says why).")
        {
            outTradeNo, merchant, photo, payerCode, device,
        };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            var image = await InputFiles.ReadBytesAsync(parse.GetRequiredValue(photo), "--photo", ct);
            await using var cluster = await context.ConnectAsync(parse, ct);
            var order = await cluster.FacePay.GetOrderAsync(key, ct) ?? throw OrderOutcomes.NotFound(key);
            var result = await cluster.FacePay.VerifyAndPayAsync(key, new VerifyAndPayRequest(order.MemberId, image, parse.GetRequiredValue(payerCode), parse.GetValue(device)), ct);
            var report = FacePayReport.From(result);
            await ReportPrinter.PrintDocumentAsync(context, parse, report, console => FacePayReport.Write(console, report));
            if (report.Failure is { } failure)
            {
                throw new CliException($"pay {key}: {failure}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Close(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var command = new Command("close", "Close an unpaid order so it can no longer be paid; closing a closed order changes nothing.") { outTradeNo, merchant };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            await using var cluster = await context.ConnectAsync(parse, ct);
            var result = await cluster.FacePay.CloseOrderAsync(key, ct);
            var order = OrderOutcomes.Require(result, key, "close");
            await ReportPrinter.PrintDocumentAsync(context, parse, new { replayed = result.Replayed, order }, console => OrderTables.WriteOrder(console, order));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Refund(CliContext context)
    {
        var outTradeNo = IdentifierArguments.OutTradeNo();
        var merchant = MerchantOption.Create();
        var outRefundNo = new Option<string>("--out-refund-no")
        {
            Description = "The merchant's refund number, unique within the order: the same number again changes nothing.",
            HelpName = "no",
            Required = true,
        };
        var amount = MinorUnitsOption.Create("--amount", "The amount to give back, in the order's currency", "minor units (fen for CNY)", "500 for 5.00 CNY");
        var reason = new Option<string?>("--reason") { Description = "Shown to the payer by the channel." };
        var wait = WholeNumberOption.Create("--wait", "Wait up to this many seconds for the channel to settle the refund (0 returns at once)", "seconds", 0, 300, 10);
        var command = new Command(
            "refund",
            "Refund part or all of a paid order; the sum of refunds never exceeds what was paid. Prints the refund (Pending, " +
            "Succeeded or Failed) and the order.")
        {
            outTradeNo, merchant, outRefundNo, amount, reason, wait,
        };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new OrderKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(outTradeNo));
            var refundNo = parse.GetRequiredValue(outRefundNo);
            await using var cluster = await context.ConnectAsync(parse, ct);
            var current = await cluster.FacePay.GetOrderAsync(key, ct) ?? throw OrderOutcomes.NotFound(key);
            var result = await cluster.FacePay.RefundAsync(key, new RefundOrder(refundNo, new Money(parse.GetValue(amount), current.Amount.Currency), parse.GetValue(reason)), ct);
            var order = OrderOutcomes.Require(result, key, "refund");
            order = await WaitForRefundAsync(cluster.FacePay, key, refundNo, order, TimeSpan.FromSeconds(parse.GetValue(wait)), ct);
            var refund = order.FindRefund(refundNo);
            await ReportPrinter.PrintDocumentAsync(context, parse, new { replayed = result.Replayed, refund, order }, console => OrderTables.WriteOrder(console, order));
            if (refund is { Status: RefundStatus.Failed })
            {
                throw new CliException($"refund {refundNo} of {key} failed at the channel: {refund.FailureCode}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // The channel settles some refunds later (WeChat PROCESSING); poll the order, never the channel, until it knows.
    private static async Task<OrderView> WaitForRefundAsync(IFacePayClient client, OrderKey key, string refundNo, OrderView order, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + wait;
        while (order.FindRefund(refundNo) is { Status: RefundStatus.Pending } && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(RefundPollInterval, cancellationToken);
            order = await client.GetOrderAsync(key, cancellationToken) ?? order;
        }

        return order;
    }
}
