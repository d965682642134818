using System.Diagnostics;
using FacePay.Benchmarks;
using FacePay.Benchmarks.Api;
using FacePay.Benchmarks.Channels;
using FacePay.Benchmarks.Face;
using FacePay.Benchmarks.Orders;
using FacePay.Benchmarks.Reconciliation;
using FacePay.Benchmarks.Reporting;
using FacePay.Testing;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(
        args, Path.Combine(RepositoryPaths.RepositoryRoot, "docs", "BENCHMARKS.md"), Environment.GetEnvironmentVariable("FACEPAY_BENCH_QUICK") == "1");
}
catch (FormatException ex)
{
    Console.Error.WriteLine($"facepay bench: {ex.Message}");
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var results = new BenchmarkResults
{
    Machine = MachineInfo.Capture(RepositoryPaths.RepositoryRoot),
    Settings = options.Settings,
    Command = string.Join(' ', new[] { "deploy/bench.sh" }.Concat(options.Arguments.Where((a, i) => a != "--output" && (i == 0 || options.Arguments[i - 1] != "--output")))),
    LoadAtStart = MachineInfo.LoadAverage(),
};
void Log(string line) => Console.WriteLine(line);
Log($"[bench] {results.Machine.Cpu}, {results.Machine.Cores} cores, load {results.LoadAtStart:0.0}; commit {results.Machine.Commit}");

var problems = new List<string>();
if (options.Channels)
{
    Log("[bench] channels (issue 3)");
    results.Channels.AddRange(await new ChannelCryptoBenchmark(options.Settings, Log).RunAsync());
}

if (options.Face)
{
    Log("[bench] face verification (issue 5)");
    var face = new FaceBenchmark(options.Settings, Log);
    results.Face.AddRange(await face.RunAsync());
    results.FaceBatchDimensions = face.ModelBatchDimensions;
    results.FaceImages = face.Images;
    results.FaceStages = face.Stages;
}

if (options.Orders)
{
    Log("[bench] orders (issue 4)");
    var orders = await new OrderFlowBenchmark(options.Settings, Log, options.Kiosks).RunAsync();
    results.Orders = orders;
    problems.AddRange(orders.Problems());
}

if (options.Reconciliation)
{
    Log("[bench] reconciliation (issue 8)");
    results.Reconciliation = ReconciliationBenchmark.Run(options.Settings.ReconciliationLines, options.Settings.ReconciliationRuns, Log);
}

if (options.Api)
{
    Log("[bench] Merchant API through wrk (issue 6)");
    results.Api = await new ApiBenchmark(options.Settings, Log).RunAsync();
    problems.AddRange(results.Api.Figures.Where(f => f.Http.Failures > 0 || f.ClientFailures > 0)
        .Select(f => $"{f.Operation}: {f.Http.Failures} HTTP and {f.ClientFailures} client operations failed."));
}

results.LoadAtEnd = MachineInfo.LoadAverage();
results.Duration = clock.Elapsed;
var report = MarkdownReport.Render(results);
if (options.OutputPath is { } path)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    await File.WriteAllTextAsync(path, report);
    Log($"[bench] report written to {path}");
}
else
{
    Log(report);
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"facepay bench: {problem}");
}

Log($"[bench] done in {clock.Elapsed.TotalMinutes:0.0} min");
return problems.Count == 0 ? 0 : 1;
