using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FacePay.Benchmarks.Measurement;
using FacePay.Benchmarks.Reporting;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FacePay.Benchmarks.Channels;

/// <summary>
/// Issue 3: signed Alipay requests/s and verified Alipay and WeChat Pay notifications/s through our channel code,
/// each beside bare RSA-2048 (System.Security.Cryptography, same key, same bytes) in the same run on the same
/// threads; at one thread and at one thread per core.
/// </summary>
public sealed class ChannelCryptoBenchmark(BenchmarkSettings settings, Action<string> log)
{
    private const string Section = "Channels (issue 3)";

    // Distinct signed notifications cycled through; a smoke run makes few (each costs a gateway signature to build).
    private readonly int _sampleCount = settings.Quick ? 32 : 512;

    /// <summary>Raw RSA-2048 sign ops/s with one thread per core, kept for the order limits (issue 4).</summary>
    public Spread? RawSignAllCores { get; private set; }

    public async Task<IReadOnlyList<ComparisonFigure>> RunAsync()
    {
        using var keys = new ChannelKeys();
        var figures = new List<ComparisonFigure>();
        var threadCounts = Environment.ProcessorCount > 1 ? new[] { 1, Environment.ProcessorCount } : [1];
        var alipay = NotificationSamples.Alipay(keys, _sampleCount);
        var requestContent = Encoding.UTF8.GetBytes(AlipaySignatureContent.ForRequest(RequestParameters(keys.AlipayOptions, 0)));

        foreach (var threads in threadCounts)
        {
            figures.Add(Compare(
                "Signed Alipay requests (parameters → RSA2 sign → form body)",
                "RSA-2048 SHA256 PKCS#1 sign of the same request content",
                threads,
                0.90,
                (_, _) => keys.RawAppPrivateKey.SignData(requestContent, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                (t, i) => SignRequest(keys, (t * 1_000_000) + i)));
            if (threads == Environment.ProcessorCount)
            {
                RawSignAllCores = figures[^1].Result.Baseline;
            }
        }

        using var http = new HttpClient(new CannedAlipayGateway(PayResponse(keys)));
        var client = new AlipayClient(
            http,
            keys.Alipay,
            Options.Create(keys.AlipayOptions),
            TimeProvider.System,
            NullLogger<AlipayClient>.Instance);
        var responseNode = Encoding.UTF8.GetBytes(PayResponseNode());
        var responseSignature = keys.AlipayGatewaySigner.Sign(PayResponseNode());
        var responseSignatureBytes = Convert.FromBase64String(responseSignature);
        figures.Add(Compare(
            "Alipay pay calls through AlipayClient (sign request, in-memory HTTP, verify and read the response)",
            "RSA-2048 sign of the request content + verify of the response node",
            threadCounts[^1],
            null,
            (_, _) =>
            {
                keys.RawAppPrivateKey.SignData(requestContent, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                keys.RawAlipayPublicKey.VerifyData(responseNode, responseSignatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            },
            (t, i) => Pay(client, (t * 1_000_000) + i)));

        foreach (var threads in threadCounts)
        {
            figures.Add(Compare(
                "Verified Alipay notifications (AlipayNotificationReader: form parse, RSA2 verify, typed, app_id/seller checked)",
                "RSA-2048 SHA256 PKCS#1 verify of the same signed content",
                threads,
                0.80,
                (_, i) => Verify(keys.RawAlipayPublicKey, alipay[i % _sampleCount].SignedContent, alipay[i % _sampleCount].Signature),
                (_, i) => ReadAlipay(keys, alipay[i % _sampleCount].FormBody)));
        }

        // WeChat Pay notifications carry a timestamp that must be within 5 minutes: build them right before use.
        var wechat = NotificationSamples.Wechat(keys, _sampleCount);
        foreach (var threads in threadCounts)
        {
            figures.Add(Compare(
                "Verified WeChat Pay notifications (WechatPayNotificationReader: Wechatpay-* headers, RSA verify, AES-256-GCM decrypt)",
                "RSA-2048 SHA256 PKCS#1 verify of the same signed message",
                threads,
                0.80,
                (_, i) => Verify(keys.RawWechatPublicKey, wechat[i % _sampleCount].SignedMessage, wechat[i % _sampleCount].Signature),
                (_, i) => ReadWechat(keys, wechat[i % _sampleCount], parse: false)));
        }

        figures.Add(Compare(
            "WeChat Pay notifications read as above and the transaction resource parsed (what the notification receiver does)",
            "RSA-2048 SHA256 PKCS#1 verify of the same signed message",
            threadCounts[^1],
            null,
            (_, i) => Verify(keys.RawWechatPublicKey, wechat[i % _sampleCount].SignedMessage, wechat[i % _sampleCount].Signature),
            (_, i) => ReadWechat(keys, wechat[i % _sampleCount], parse: true)));

        await Task.CompletedTask;
        return figures;
    }

    private ComparisonFigure Compare(string name, string baselineName, int threads, double? goal, Action<int, long> raw, Action<int, long> ours)
    {
        CpuThroughput.Measure(threads, settings.WarmUp, raw);
        CpuThroughput.Measure(threads, settings.WarmUp, ours);
        var result = PairedComparison.Run(
            settings.Rounds,
            () => CpuThroughput.Measure(threads, settings.CpuRound, raw),
            () => CpuThroughput.Measure(threads, settings.CpuRound, ours));
        log($"  {name} [{threads} thread(s)]: {result.Ours.Median:N0} ops/s vs raw {result.Baseline.Median:N0} ops/s = {result.Ratio:P1} (per CPU-second {result.CpuRatio:P1})");
        return new ComparisonFigure(Section, name, baselineName, "ops/s", threads, result, goal);
    }

    private static void Verify(RSA key, byte[] data, byte[] signature)
    {
        if (!key.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            throw new InvalidOperationException("The raw baseline's signature did not verify.");
        }
    }

    // What AlipayClient does before sending: the common parameters with a fresh timestamp and biz_content, signed, encoded.
    private static void SignRequest(ChannelKeys keys, long sequence)
    {
        var parameters = RequestParameters(keys.AlipayOptions, sequence);
        parameters["sign"] = keys.Alipay.Signer.SignRequest(parameters);
        if (AlipayFormParameters.Encode(parameters).Length == 0)
        {
            throw new InvalidOperationException("Empty request body.");
        }
    }

    private static Dictionary<string, string?> RequestParameters(AlipayOptions options, long sequence) => new(StringComparer.Ordinal)
    {
        ["app_id"] = options.AppId,
        ["method"] = "alipay.trade.pay",
        ["format"] = "JSON",
        ["charset"] = "utf-8",
        ["sign_type"] = "RSA2",
        ["timestamp"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["version"] = "1.0",
        ["notify_url"] = options.NotifyUrl?.ToString(),
        ["biz_content"] = new JsonObject
        {
            ["out_trade_no"] = $"bench_{sequence:D9}_1",
            ["total_amount"] = AlipayAmount.Format(1999),
            ["subject"] = "Latte",
            ["product_code"] = "GENERAL_WITHHOLDING",
            ["agreement_params"] = new JsonObject { ["agreement_no"] = "AGR20261123" },
            ["terminal_id"] = "kiosk-1",
        }.ToJsonString(),
    };

    private static void Pay(AlipayClient client, long sequence)
    {
        var result = client.PayAsync(
            new ChannelPayRequest($"bench_{sequence:D9}_1", 1999, "CNY", "Latte", ChannelPayMethod.Agreement, AgreementNo: "AGR20261123", DeviceId: "kiosk-1"),
            CancellationToken.None).GetAwaiter().GetResult();
        if (result.Outcome != ChannelOutcome.Success)
        {
            throw new InvalidOperationException($"The canned pay call did not succeed: {result.ErrorCode} {result.ErrorMessage}");
        }
    }

    private static void ReadAlipay(ChannelKeys keys, string formBody)
    {
        var read = keys.AlipayNotifications.Read(formBody);
        if (!read.IsValid)
        {
            throw new InvalidOperationException($"Alipay notification refused: {read.Failure} {read.Detail}");
        }
    }

    private static void ReadWechat(ChannelKeys keys, WechatNotificationSample sample, bool parse)
    {
        var read = keys.WechatNotifications.Read(sample.Headers, sample.Body);
        if (!read.IsValid || (parse && !WechatPayTransactionResource.Parse(read.Value.Plaintext).IsValid))
        {
            throw new InvalidOperationException($"WeChat Pay notification refused: {read.Failure} {read.Detail}");
        }
    }

    private static string PayResponseNode() =>
        """{"code":"10000","msg":"Success","trade_no":"2026112322001400001","out_trade_no":"bench_000000000_1","buyer_logon_id":"159****5620","total_amount":"19.99","receipt_amount":"19.99","gmt_payment":"2026-11-23 10:00:00","buyer_user_id":"2088102177846880"}""";

    private static byte[] PayResponse(ChannelKeys keys) =>
        Encoding.UTF8.GetBytes(keys.AlipayGatewaySigner.BuildSignedResponseBody(AlipayResponseNode.For("alipay.trade.pay"), PayResponseNode()));
}
