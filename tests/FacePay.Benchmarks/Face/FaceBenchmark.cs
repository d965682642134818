using System.Diagnostics;
using FacePay.Benchmarks.Measurement;
using FacePay.Benchmarks.Reporting;
using FacePay.Contracts.Verification;
using FacePay.Face;
using FacePay.Testing;

namespace FacePay.Benchmarks.Face;

/// <summary>
/// Issue 5: faces/s and latency through FaceCheckWorker (a grain call on an in-process silo: decode → detect →
/// gates → landmarks → liveness → align → embedding → verdict) beside raw ONNX Runtime running the same four
/// models on the same images, in alternating rounds of the same run.
/// </summary>
/// <remarks>
/// Batching cannot be switched on: all four models have a fixed batch dimension of 1 (read from the sessions' input
/// metadata at start), so the modes measured are one caller, one caller per core (parallel single-image runs, the
/// worker's design) and twice as many callers as cores (the silo's limiter queues the surplus).
/// </remarks>
public sealed class FaceBenchmark(BenchmarkSettings settings, Action<string> log)
{
    private const string Section = "Face verification (issue 5)";

    public string? ModelBatchDimensions { get; private set; }

    public IReadOnlyList<string> Images { get; private set; } = [];

    public FaceStageBreakdown? Stages { get; private set; }

    public async Task<IReadOnlyList<ComparisonFigure>> RunAsync()
    {
        var folder = Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures", "faces");
        var photos = Directory.GetFiles(folder).Where(p => p.EndsWith(".jpg", StringComparison.Ordinal) || p.EndsWith(".png", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        await using var silo = await FaceSilo.StartAsync();
        var worker = silo.Grains.GetGrain<IFaceCheckWorker>(0);

        // Only photos the pipeline accepts run all four models; the rejected fixtures (two faces, a cut face) are left out.
        var accepted = new List<(string Name, byte[] Bytes)>();
        foreach (var path in photos)
        {
            var bytes = await File.ReadAllBytesAsync(path);
            if ((await worker.CheckAsync(bytes)).IsAccepted)
            {
                accepted.Add((Path.GetFileName(path), bytes));
            }
        }

        if (accepted.Count == 0)
        {
            throw new InvalidOperationException($"No fixture photo in {folder} was accepted; the face benchmark needs accepted faces.");
        }

        Images = [.. accepted.Select(a => a.Name)];
        log($"  {accepted.Count} accepted photos: {string.Join(", ", Images)}");
        var images = accepted.Select(a => a.Bytes).ToArray();
        var inputs = images.Select(RawFaceInputs.FromImage).ToArray();
        using var raw = new RawFaceModels(FaceModelDirectory.Resolve(null));
        ModelBatchDimensions = raw.BatchDimensions();

        var figures = new List<ComparisonFigure>();
        var cores = Environment.ProcessorCount;
        foreach (var callers in new[] { 1, cores, 2 * cores }.Distinct())
        {
            var rawThreads = Math.Min(callers, cores);
            var ourLatency = new LatencyRecorder();
            var rawLatency = new LatencyRecorder();
            long rejected = 0;
            async Task Check(int caller, long iteration)
            {
                var result = await worker.CheckAsync(images[(int)((iteration * callers) + caller) % images.Length]);
                if (!result.IsAccepted)
                {
                    Interlocked.Increment(ref rejected);
                }
            }

            void Infer(int thread, long iteration)
            {
                var started = Stopwatch.GetTimestamp();
                raw.Run(inputs[(int)((iteration * rawThreads) + thread) % inputs.Length]);
                rawLatency.Record(Stopwatch.GetTimestamp() - started);
            }

            await AsyncThroughput.MeasureAsync(callers, settings.WarmUp, Check);
            CpuThroughput.Measure(rawThreads, settings.WarmUp, Infer);
            rawLatency = new LatencyRecorder();
            var result = await PairedComparison.RunAsync(
                settings.FaceRounds,
                () => Task.Run(() => CpuThroughput.Measure(rawThreads, settings.FaceRound, Infer)),
                () => AsyncThroughput.MeasureAsync(callers, settings.FaceRound, Check, ourLatency));
            if (Interlocked.Read(ref rejected) > 0)
            {
                throw new InvalidOperationException($"{rejected} checks of accepted photos came back not accepted (busy or rejected) with {callers} callers.");
            }

            var figure = new ComparisonFigure(
                Section,
                $"Face checks through FaceCheckWorker, {callers} concurrent caller(s)",
                $"Raw ONNX Runtime, the four models per image on {rawThreads} thread(s)",
                "faces/s",
                callers,
                result,
                0.85)
            {
                OurLatency = ourLatency.Summarise(),
                BaselineLatency = rawLatency.Summarise(),
            };
            log($"  {figure.Name}: {result.Ours.Median:N1} faces/s (p50 {figure.OurLatency.P50Ms:N1} ms, p99 {figure.OurLatency.P99Ms:N1} ms) vs raw {result.Baseline.Median:N1} faces/s = {result.Ratio:P1} (per CPU-second {result.CpuRatio:P1})");
            figures.Add(figure);
        }

        Stages = FaceStageBreakdown.Measure(images, inputs, raw, settings.Quick ? 1 : 3);
        log($"  stages (ms, ours / raw model): decode {Stages.DecodeMs:N1}; detect {Stages.DetectMs:N1} / {Stages.RawDetectMs:N1}; landmark {Stages.LandmarkMs:N1} / {Stages.RawLandmarkMs:N1}; liveness {Stages.LivenessMs:N1} / {Stages.RawLivenessMs:N1}; embedding {Stages.EmbeddingMs:N1} / {Stages.RawFeatureMs:N1}");
        return figures;
    }
}
