using System.CommandLine;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Cli.Input;
using FacePay.Cli.Output;

namespace FacePay.Cli.Commands.Channel;

/// <summary><c>facepay channel alipay …</c>: one Alipay OpenAPI call per command through <see cref="AlipayClient"/>, answers verified.</summary>
internal static class AlipayCommands
{
    private const string Channel = "alipay";

    /// <summary>Builds the <c>alipay</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var settings = new ChannelSettings("Alipay", typeof(AlipayOptions));
        settings.Value("--gateway-url", nameof(AlipayOptions.GatewayUrl), "The gateway endpoint: https://openapi.alipay.com/gateway.do, or the sandbox's http://127.0.0.1:5080/alipay/gateway.do", "url");
        settings.Value("--app-id", nameof(AlipayOptions.AppId), "The app id (app_id)", "id");
        settings.Value("--seller-id", nameof(AlipayOptions.SellerId), "Our seller id (2088…); notifications for another seller are rejected", "id");
        settings.File("--app-private-key-file", nameof(AlipayOptions.AppPrivateKeyPem), "The app private key (PKCS#1 or PKCS#8 PEM) that signs requests");
        settings.File("--alipay-public-key-file", nameof(AlipayOptions.AlipayPublicKeyPem), "The Alipay public key (PEM) that verifies answers and notifications; in certificate mode the Alipay public-key certificate");
        settings.File("--app-cert-file", nameof(AlipayOptions.AppCertificatePem), "Certificate mode: the app public-key certificate, its serial sent as app_cert_sn");
        settings.File("--alipay-root-cert-file", nameof(AlipayOptions.AlipayRootCertificatePem), "Certificate mode: the Alipay root certificate chain, sent as alipay_root_cert_sn");
        settings.Value("--notify-url", nameof(AlipayOptions.NotifyUrl), "Where Alipay posts the payment's asynchronous notification (pay)", "url");
        var caller = new ChannelCaller<AlipayClient>(context, settings, Channel, ChannelConnection.OpenAlipay, VerifiedAnswer);

        var command = new Command(
            Channel,
            "Call the Alipay OpenAPI gateway (RSA2-signed requests). Every answer is verified with the Alipay public key " +
            "before it is printed; an answer that does not verify, or a call that fails, exits 1 with the reason. Amounts are in fen.");
        settings.AddTo(command);
        command.Subcommands.Add(Pay(caller));
        command.Subcommands.Add(ChannelOperationCommands.Trade(caller, "query", "alipay.trade.query", "Look a trade up", (c, no, ct) => c.QueryAsync(no, ct)));
        command.Subcommands.Add(ChannelOperationCommands.Trade(caller, "cancel", "alipay.trade.cancel", "Cancel a trade whatever its state: closed if unpaid, refunded if paid", (c, no, ct) => c.CancelAsync(no, ct)));
        command.Subcommands.Add(ChannelOperationCommands.Trade(caller, "close", "alipay.trade.close", "Close an unpaid trade", (c, no, ct) => c.CloseAsync(no, ct)));
        command.Subcommands.Add(Refund(caller));
        command.Subcommands.Add(RefundQuery(caller));
        command.Subcommands.Add(ChannelOperationCommands.Bill(
            caller, "bill-url", "alipay.data.dataservice.bill.downloadurl.query", "Ask where to download a day's trade bill", "Also download the bill (a zip of CSV files) to this file."));
        command.Subcommands.Add(VerifyNotify(context, settings));
        return command;
    }

    private static Command Pay(ChannelCaller<AlipayClient> caller)
    {
        var outTradeNo = TradeOptions.OutTradeNo();
        var amount = TradeOptions.MinorUnits("--amount", "The amount to charge (CNY)");
        var subject = new Option<string>("--subject") { Description = "Order title shown to the payer.", DefaultValueFactory = _ => "FacePay CLI payment" };
        var payerCode = new Option<string?>("--payer-code") { Description = "The payer's face token or payment code (auth_code, scene security_code)." };
        var agreementNo = new Option<string?>("--agreement-no") { Description = "A withholding agreement number instead (product GENERAL_WITHHOLDING)." };
        var storeId = new Option<string?>("--store-id") { Description = "Our store id (store_id)." };
        var deviceId = new Option<string?>("--device-id") { Description = "The kiosk's terminal id (terminal_id)." };
        var command = new Command("pay", "Charge a payer by face token / payment code or withholding agreement (alipay.trade.pay). Not retried: on an unknown outcome, query.")
        {
            outTradeNo, amount, subject, payerCode, agreementNo, storeId, deviceId,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(payerCode) is null == result.GetValue(agreementNo) is null)
            {
                result.AddError("Pass exactly one of --payer-code and --agreement-no.");
            }
        });
        caller.Set(command, "alipay.trade.pay", (parse, client, ct) =>
        {
            var code = parse.GetValue(payerCode);
            var request = new ChannelPayRequest(
                parse.GetRequiredValue(outTradeNo),
                parse.GetValue(amount),
                TradeOptions.Currency,
                parse.GetRequiredValue(subject),
                code is null ? ChannelPayMethod.Agreement : ChannelPayMethod.PayerCode,
                code,
                parse.GetValue(agreementNo),
                parse.GetValue(deviceId),
                parse.GetValue(storeId));
            return client.PayAsync(request, ct);
        });
        return command;
    }

    private static Command Refund(ChannelCaller<AlipayClient> caller)
    {
        var outTradeNo = TradeOptions.OutTradeNo();
        var outRefundNo = TradeOptions.OutRefundNo();
        var amount = TradeOptions.MinorUnits("--amount", "The amount to refund");
        var reason = TradeOptions.RefundReason();
        var command = new Command("refund", "Refund (part of) a paid trade; repeating the same --out-refund-no is safe (alipay.trade.refund).")
        {
            outTradeNo, outRefundNo, amount, reason,
        };
        caller.Set(command, "alipay.trade.refund", (parse, client, ct) =>
        {
            var fen = parse.GetValue(amount);

            // Alipay does not take the trade's total; the request record carries the refund amount there.
            var request = new ChannelRefundRequest(parse.GetRequiredValue(outTradeNo), parse.GetRequiredValue(outRefundNo), fen, fen, TradeOptions.Currency, parse.GetValue(reason));
            return client.RefundAsync(request, ct);
        });
        return command;
    }

    private static Command RefundQuery(ChannelCaller<AlipayClient> caller)
    {
        var outTradeNo = TradeOptions.OutTradeNo();
        var outRefundNo = TradeOptions.OutRefundNo();
        var command = new Command("refund-query", "Look a refund up (alipay.trade.fastpay.refund.query).") { outTradeNo, outRefundNo };
        caller.Set(command, "alipay.trade.fastpay.refund.query", (parse, client, ct) =>
            client.QueryRefundAsync(new ChannelRefundQueryRequest(parse.GetRequiredValue(outTradeNo), parse.GetRequiredValue(outRefundNo)), ct));
        return command;
    }

    private static Command VerifyNotify(CliContext context, ChannelSettings settings)
    {
        var formFile = new Option<FileInfo>("--form-file")
        {
            Description = "The notification's raw application/x-www-form-urlencoded body, as received.",
            HelpName = "file",
            Required = true,
        };
        var command = new Command(
            "verify-notify",
            "Verify an asynchronous notification: RSA2 signature with the Alipay public key over every parameter but sign and " +
            "sign_type, then that app_id (and seller_id when set) are ours. Prints the notification, or exits 1 with the reason.")
        {
            formFile,
        };
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var body = await InputFiles.ReadTextAsync(parse.GetRequiredValue(formFile), formFile.Name, ct);
            using var connection = ChannelConnection.OpenAlipay(await settings.ResolveAsync(parse, ct));

            // A form body never ends in a raw line break (it would be %0A); one left by an editor or `echo` is not part of it.
            var verified = connection.Get<AlipayNotificationReader>().Read(body.TrimEnd('\r', '\n'));
            if (!verified.IsValid)
            {
                throw new CliException($"alipay notification rejected: {verified.Failure}: {verified.Detail}");
            }

            var report = new JsonObject
            {
                ["channel"] = Channel,
                ["verified"] = true,
                ["notification"] = CliJson.ToNode(verified.Value),
            };
            await ReportPrinter.PrintAsync(context, parse, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static JsonNode? VerifiedAnswer(ChannelConnection connection, string method, RecordedExchange exchange)
    {
        var verified = connection.Get<AlipayCredentials>().ResponseVerifier.Verify(method, exchange.Body);
        return verified.IsValid ? CliJson.Parse(verified.Value.RawJson) : null;
    }
}
