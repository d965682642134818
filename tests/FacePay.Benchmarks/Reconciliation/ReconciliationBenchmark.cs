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
/// beside a raw parse of the same file, in the same run, for both channels' formats: lines/s and the peak managed
/// heap above the baseline (sampled every 5 ms) of each, median of the runs.
/// </summary>
public static class ReconciliationBenchmark
{
    private const string Merchant = "m_bench";

    /// <summary>Writes both channels' bills of <paramref name="lines"/> lines and measures them <paramref name="runs"/> times each.</summary>
    public static ReconciliationFigures Run(int lines, int runs, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var figures = new List<ReconciliationFigure>();
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
            var files = string.Create(CultureInfo.InvariantCulture,
                $"Alipay zip {new FileInfo(alipay).Length / 1024.0 / 1024:F1} MiB, WeChat Pay gzip {new FileInfo(wechat).Length / 1024.0 / 1024:F1} MiB");
            log($"[bench]   {lines:N0} bill lines, ledger {ledger.Count:N0} entries; {files}");
            foreach (var (name, path, channel) in new[] { ("Alipay", alipay, PaymentChannel.Alipay), ("WeChat Pay", wechat, PaymentChannel.WechatPay) })
            {
                var raw = Measure(runs, () => RawParse(path, channel));
                var ours = Measure(runs, () => Reconcile(path, channel, ledger));
                var figure = new ReconciliationFigure(name, raw, ours);
                log(string.Create(CultureInfo.InvariantCulture,
                    $"[bench]   {name}: reconcile {figure.Ours.LinesPerSecond(lines):N0} lines/s ({figure.Ours.PeakMiB:F1} MiB peak), raw parse {figure.Raw.LinesPerSecond(lines):N0} lines/s ({figure.Raw.PeakMiB:F1} MiB)"));
                figures.Add(figure);
            }

            return new ReconciliationFigures(lines, ledger.Count, runs, files, figures);
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

    private static ReconciliationRun Measure(int runs, Func<int> work)
    {
        var results = new List<ReconciliationRun>();
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
                results.Add(new ReconciliationRun(clock.Elapsed, peak - baseline, findings));
            }
        }

        return results.OrderBy(r => r.Elapsed).ElementAt(results.Count / 2);
    }

    private static void Write(string path, Action<Stream> write)
    {
        using var file = File.Create(path);
        write(file);
    }
}
