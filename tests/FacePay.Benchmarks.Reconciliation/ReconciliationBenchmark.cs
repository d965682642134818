using System.Diagnostics;
using System.Globalization;
using System.Text;
using FacePay.Domain;
using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Ledger;
using FacePay.Reconciliation.Matching;
using FacePay.Testing.Bills;

namespace FacePay.Benchmarks.Reconciliation;

/// <summary>
/// Reconciling a 100,000-line bill (read + match against a 100,000-entry ledger + classify what does not line up)
/// beside a raw parse of the same file, in the same run, for both channels' formats. Prints lines/s and the peak
/// managed heap above the baseline (sampled every 5 ms) of each, median of the runs.
/// </summary>
internal static class ReconciliationBenchmark
{
    private const string Merchant = "m_bench";

    public static void Run(int lines, int runs)
    {
        var directory = Path.Combine(Path.GetTempPath(), "facepay-recon-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var bill = Lines(lines).ToList();
            var ledger = Ledger(bill).ToList();
            var alipay = Path.Combine(directory, "alipay.zip");
            var wechat = Path.Combine(directory, "wechat.csv.gz");
            Write(alipay, stream => BillFiles.WriteAlipayZip(stream, detail =>
            {
                using var writer = new StreamWriter(detail, BillFiles.Gbk, 64 * 1024, leaveOpen: true);
                BillFiles.WriteAlipayDetail(writer, bill);
            }));
            Write(wechat, stream =>
            {
                using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
                using var writer = new StreamWriter(gzip, new UTF8Encoding(false), 64 * 1024);
                BillFiles.WriteWechatCsv(writer, bill);
            });
            bill.Clear();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{lines:N0} bill lines; ledger {ledger.Count:N0} entries; files: Alipay zip {new FileInfo(alipay).Length / 1024.0 / 1024:F1} MiB, WeChat gzip {new FileInfo(wechat).Length / 1024.0 / 1024:F1} MiB; {runs} runs, median"));
            Console.WriteLine($"{"channel",-10} {"phase",-10} {"lines/s",12} {"ms",8} {"peak heap MiB",14} {"findings",9}");
            foreach (var (name, path, channel) in new[] { ("Alipay", alipay, PaymentChannel.Alipay), ("WechatPay", wechat, PaymentChannel.WechatPay) })
            {
                Report(name, "raw parse", lines, Measure(runs, () => RawParse(path, channel)));
                Report(name, "reconcile", lines, Measure(runs, () => Reconcile(path, channel, ledger)));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // Every 1,000th trade the channel charged but we did not record, and every 1,000th of ours is missing from the bill.
    private static IEnumerable<BillLine> Lines(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var tradeNo = string.Create(CultureInfo.InvariantCulture, $"order_{i:D10}_1");
            yield return i % 10 == 9
                ? BillLine.Refund(tradeNo.Replace("9_1", "8_1", StringComparison.Ordinal), tradeNo + "_RR1", 100)
                : BillLine.Pay(tradeNo, 1999 + (i % 7));
        }
    }

    private static IEnumerable<LedgerEntry> Ledger(IEnumerable<BillLine> bill)
    {
        var i = 0;
        foreach (var line in bill)
        {
            if (i++ % 1000 == 500)
            {
                continue;
            }

            var no = line.OutTradeNo[..^2];
            var key = new OrderKey(Merchant, no);
            yield return line.Kind == "pay"
                ? new LedgerEntry("p" + no, LedgerEntryKind.Payment, key, PaymentChannel.Alipay, line.OutTradeNo, null, Money.Of(line.Fen, "CNY"), DateTimeOffset.UnixEpoch)
                : new LedgerEntry("r" + no, LedgerEntryKind.Refund, key, PaymentChannel.Alipay, line.OutTradeNo, line.OutRefundNo, Money.Of(line.Fen, "CNY"), DateTimeOffset.UnixEpoch);
        }
    }

    private static int RawParse(string path, PaymentChannel channel)
    {
        using var file = File.OpenRead(path);
        return BillReaders.For(channel).Read(file).Count();
    }

    private static int Reconcile(string path, PaymentChannel channel, IReadOnlyList<LedgerEntry> ledger)
    {
        using var file = File.OpenRead(path);
        var matcher = new BillMatcher(ledger);
        foreach (var record in BillReaders.For(channel).Read(file))
        {
            matcher.Add(record);
        }

        // The orders of the findings are looked up by the grain; here there are none, which is the worst case.
        return matcher.Complete().Findings.Count(f => DiscrepancyClassifier.Classify(f, null) is not null);
    }

    private static (TimeSpan Elapsed, long PeakBytes, int Findings) Measure(int runs, Func<int> work)
    {
        var results = new List<(TimeSpan, long, int)>();
        for (var run = 0; run < runs + 1; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var clock = Stopwatch.StartNew();
            var findings = work();
            clock.Stop();
            peak = Math.Max(peak, GC.GetTotalMemory(false));
            stop.Cancel();
            sampler.Wait();
            if (run > 0)
            {
                results.Add((clock.Elapsed, peak - baseline, findings));
            }
        }

        var median = results.OrderBy(r => r.Item1).ElementAt(results.Count / 2);
        return median;
    }

    private static void Report(string channel, string phase, int lines, (TimeSpan Elapsed, long PeakBytes, int Findings) result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{channel,-10} {phase,-10} {lines / result.Elapsed.TotalSeconds,12:N0} {result.Elapsed.TotalMilliseconds,8:F0} {result.PeakBytes / 1024.0 / 1024,14:F1} {result.Findings,9}"));

    private static void Write(string path, Action<Stream> write)
    {
        using var file = File.Create(path);
        write(file);
    }
}
