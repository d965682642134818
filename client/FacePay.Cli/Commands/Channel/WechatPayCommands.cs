using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Channels.WechatPay;
using FacePay.Cli.Input;
using FacePay.Cli.Output;

namespace FacePay.Cli.Commands.Channel;

/// <summary><c>facepay channel wechatpay …</c>: one WeChat Pay API v3 call per command through <see cref="WechatPayClient"/>, answers verified.</summary>
internal static class WechatPayCommands
{
    private const string Channel = "wechatpay";

    /// <summary>Builds the <c>wechatpay</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var settings = new ChannelSettings("WechatPay", typeof(WechatPayOptions));
        settings.Value("--base-url", nameof(WechatPayOptions.BaseUrl), "The API base: https://api.mch.weixin.qq.com, or the sandbox's http://127.0.0.1:5080/", "url");
        settings.Value("--mchid", nameof(WechatPayOptions.MchId), "The merchant id (mchid)", "id");
        settings.Value("--appid", nameof(WechatPayOptions.AppId), "The app id bound to the merchant (appid)", "id");
        settings.File("--merchant-private-key-file", nameof(WechatPayOptions.MerchantPrivateKeyPem), "The merchant API private key (apiclient_key.pem) that signs requests");
        settings.Value("--merchant-serial", nameof(WechatPayOptions.MerchantCertificateSerial), "The merchant API certificate serial (serial_no of the Authorization header)", "serial");
        settings.Files("--platform-cert-file", nameof(WechatPayOptions.PlatformCertificatesPem), "A WeChat Pay platform certificate (PEM) trusted to verify answers, keyed by its serial");
        settings.Value("--public-key-id", nameof(WechatPayOptions.PublicKeyId), "Public-key mode: the WeChat Pay public key id (PUB_KEY_ID_…)", "id");
        settings.File("--public-key-file", nameof(WechatPayOptions.PublicKeyPem), "Public-key mode: the WeChat Pay public key (PEM)");
        settings.File("--apiv3-key-file", nameof(WechatPayOptions.ApiV3Key), "A file holding the 32-character APIv3 key that decrypts notification resources");
        settings.Value("--notify-url", nameof(WechatPayOptions.NotifyUrl), "Where WeChat Pay posts the refund's notification (refund)", "url");
        var caller = new ChannelCaller<WechatPayClient>(context, settings, Channel, s => ChannelConnection.OpenWechatPay(s), VerifiedAnswer);

        var command = new Command(
            Channel,
            "Call WeChat Pay API v3 (WECHATPAY2-SHA256-RSA2048 signed requests). Every answer is verified from its Wechatpay-* " +
            "headers (key by serial, ±5 minute window) before it is printed; an answer that does not verify, or a call that " +
            "fails, exits 1 with the reason. Amounts are in fen.");
        settings.AddTo(command);
        command.Subcommands.Add(Pay(caller));
        command.Subcommands.Add(ChannelOperationCommands.Trade(caller, "query", "GET /v3/pay/transactions/out-trade-no/{out_trade_no}", "Look a trade up by our trade number", (c, no, ct) => c.QueryAsync(no, ct)));
        command.Subcommands.Add(ChannelOperationCommands.Trade(caller, "close", "POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close", "Close an unpaid trade", (c, no, ct) => c.CloseAsync(no, ct)));
        command.Subcommands.Add(Refund(caller));
        command.Subcommands.Add(RefundQuery(caller));
        command.Subcommands.Add(ChannelOperationCommands.Bill(
            caller, "bill", "GET /v3/bill/tradebill", "Ask where to download a day's trade bill", "Also download the bill (signed GET, gzip) to this file; its hash is checked."));
        command.Subcommands.Add(VerifyNotify(context, settings));
        return command;
    }

    private static Command Pay(ChannelCaller<WechatPayClient> caller)
    {
        var outTradeNo = TradeOptions.OutTradeNo();
        var amount = TradeOptions.MinorUnits("--amount", "The amount to charge (CNY)");
        var description = new Option<string>("--description") { Description = "Order description shown to the payer.", DefaultValueFactory = _ => "FacePay CLI payment" };
        var payerCode = new Option<string>("--payer-code") { Description = "The payer's face or payment code (payer.auth_code).", Required = true };
        var storeId = new Option<string?>("--store-id") { Description = "Our store id (scene_info.store_info.out_id)." };
        var deviceId = new Option<string?>("--device-id") { Description = "The kiosk's device id (scene_info.device_id)." };
        var command = new Command("pay", "Charge a payer by code (POST /v3/pay/transactions/codepay). Not retried: on an unknown outcome (USERPAYING), query.")
        {
            outTradeNo, amount, description, payerCode, storeId, deviceId,
        };
        caller.Set(command, "POST /v3/pay/transactions/codepay", (parse, client, ct) =>
        {
            var request = new ChannelPayRequest(
                parse.GetRequiredValue(outTradeNo),
                parse.GetValue(amount),
                TradeOptions.Currency,
                parse.GetRequiredValue(description),
                ChannelPayMethod.PayerCode,
                parse.GetRequiredValue(payerCode),
                DeviceId: parse.GetValue(deviceId),
                StoreId: parse.GetValue(storeId));
            return client.PayAsync(request, ct);
        });
        return command;
    }

    private static Command Refund(ChannelCaller<WechatPayClient> caller)
    {
        var outTradeNo = TradeOptions.OutTradeNo();
        var outRefundNo = TradeOptions.OutRefundNo();
        var amount = TradeOptions.MinorUnits("--amount", "The amount to refund");
        var total = TradeOptions.MinorUnits("--total", "The original trade's total (WeChat Pay requires it)");
        var reason = TradeOptions.RefundReason();
        var command = new Command("refund", "Refund (part of) a paid trade; repeating the same --out-refund-no is safe (POST /v3/refund/domestic/refunds).")
        {
            outTradeNo, outRefundNo, amount, total, reason,
        };
        caller.Set(command, "POST /v3/refund/domestic/refunds", (parse, client, ct) =>
        {
            var request = new ChannelRefundRequest(parse.GetRequiredValue(outTradeNo), parse.GetRequiredValue(outRefundNo), parse.GetValue(amount), parse.GetValue(total), TradeOptions.Currency, parse.GetValue(reason));
            return client.RefundAsync(request, ct);
        });
        return command;
    }

    private static Command RefundQuery(ChannelCaller<WechatPayClient> caller)
    {
        var outRefundNo = TradeOptions.OutRefundNo();
        var command = new Command("refund-query", "Look a refund up by our refund number (GET /v3/refund/domestic/refunds/{out_refund_no}).") { outRefundNo };
        caller.Set(command, "GET /v3/refund/domestic/refunds/{out_refund_no}", (parse, client, ct) =>
            client.QueryRefundAsync(new ChannelRefundQueryRequest(string.Empty, parse.GetRequiredValue(outRefundNo)), ct));
        return command;
    }

    private static Command VerifyNotify(CliContext context, ChannelSettings settings)
    {
        var headersFile = new Option<FileInfo>("--headers-file")
        {
            Description = "The notification's HTTP headers, one 'Name: value' per line (a request line such as 'POST /notify HTTP/1.1' is skipped).",
            HelpName = "file",
            Required = true,
        };
        var bodyFile = new Option<FileInfo>("--body-file") { Description = "The raw JSON body exactly as received (every byte is signed).", HelpName = "file", Required = true };
        var at = new Option<DateTimeOffset?>("--at")
        {
            Description = "Check the ±5 minute timestamp window against this time instead of now, for a notification saved earlier " +
                "(ISO 8601, e.g. 2026-11-23T10:15:00+08:00, or Unix seconds).",
            HelpName = "time",
            CustomParser = ParseTime,
        };
        var command = new Command(
            "verify-notify",
            "Verify a notification (signature over TIMESTAMP\\nNONCE\\nBODY\\n with the key named by Wechatpay-Serial, timestamp " +
            "window) and decrypt its resource with the APIv3 key (AEAD_AES_256_GCM). Prints it, or exits 1 with the reason.")
        {
            headersFile, bodyFile, at,
        };
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var headerFile = parse.GetRequiredValue(headersFile);
            var headers = HeaderLines.Parse(await InputFiles.ReadTextAsync(headerFile, headersFile.Name, ct), headersFile.Name);
            var body = await InputFiles.ReadBytesAsync(parse.GetRequiredValue(bodyFile), bodyFile.Name, ct);
            var clock = parse.GetValue(at) is { } time ? new FixedClock(time) : null;
            using var connection = ChannelConnection.OpenWechatPay(await settings.ResolveAsync(parse, ct), clock);
            var signatureHeaders = WechatPaySignatureHeaders.From(name => headers.GetValueOrDefault(name));
            var read = connection.Get<WechatPayNotificationReader>().Read(signatureHeaders, body);
            if (!read.IsValid)
            {
                throw new CliException($"wechatpay notification rejected: {read.Failure}: {read.Detail}");
            }

            // The decrypted resource is printed as JSON of its own, not as the text inside the envelope.
            var envelope = CliJson.ToNode(read.Value)!.AsObject();
            envelope.Remove("plaintext");
            var report = new JsonObject
            {
                ["channel"] = Channel,
                ["verified"] = true,
                ["serial"] = signatureHeaders.Serial,
                ["notification"] = envelope,
                ["resource"] = ParseResource(read.Value.Plaintext),
            };
            await ReportPrinter.PrintAsync(context, parse, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static JsonNode? ParseResource(string plaintext)
    {
        try
        {
            return CliJson.Parse(plaintext);
        }
        catch (JsonException)
        {
            // Authenticated but not JSON: show it as text rather than hide it.
            return plaintext;
        }
    }

    private static DateTimeOffset? ParseTime(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds) && unixSeconds < 100_000_000_000)
        {
            return DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        result.AddError($"--at takes an ISO 8601 time or Unix seconds; got '{text}'.");
        return null;
    }

    private static JsonNode? VerifiedAnswer(ChannelConnection connection, string operation, RecordedExchange exchange)
    {
        var headers = WechatPaySignatureHeaders.From(exchange.Header);
        if (!connection.Get<WechatPayCredentials>().Validator.Validate(headers, exchange.Body).IsValid)
        {
            return null;
        }

        if (exchange.Body.Length == 0)
        {
            // 204 No Content (close): the signature covers the empty body.
            return new JsonObject();
        }

        try
        {
            return JsonNode.Parse(exchange.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
