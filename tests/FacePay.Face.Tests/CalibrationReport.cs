using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace FacePay.Face.Tests;

/// <summary>
/// Calibration tool run as a test: prints similarity for every labelled pair, liveness and quality for every
/// photo, and per-stage latency. Writes the same text to calibration.txt in the test output folder for docs/FACE.md.
/// It asserts only that every fixture photo with one face was analysed (so it cannot pass on a broken pipeline).
/// </summary>
[Collection(FaceModelsCollection.Name)]
public sealed class CalibrationReport(FaceModelsFixture models, ITestOutputHelper output)
{
    [Fact]
    public void Calibration_report_covers_every_pair_and_photo()
    {
        var report = new StringBuilder();
        var analyses = new Dictionary<string, FaceAnalysis>();
        var lenient = models.AnalyzerWith(o => o.LivenessThreshold = 0);
        foreach (var photo in Fixtures.Photos())
        {
            var bytes = Fixtures.Read(photo);
            _ = lenient.Analyze(bytes); // warm-up so timings are steady-state
            var a = lenient.Analyze(bytes);
            analyses[photo] = a;
            var (bgr, rgb) = DominantFaceLiveness(bytes);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"photo {photo,-24} {a.ImageWidth}x{a.ImageHeight} faces={a.FaceCount} status={a.Status,-8} reason={a.Rejection?.Reason,-14} " +
                $"liveness={bgr:0.0000} (rgb order {rgb:0.0000}) score={a.Quality?.DetectionScore:0.000} side={a.Quality?.FaceSize:0} sharp={a.Quality?.Sharpness:0}");
        }

        report.AppendLine();
        double genuineMin = double.MaxValue, impostorMax = double.MinValue;
        foreach (var pair in Fixtures.Pairs())
        {
            if (analyses[pair.A].Embedding is not { } ea || analyses[pair.B].Embedding is not { } eb)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"pair {pair.A,-20} {pair.B,-20} not analysed");
                continue;
            }

            var sim = ea.CosineSimilarity(eb);
            if (pair.SamePerson)
            {
                genuineMin = Math.Min(genuineMin, sim);
            }
            else
            {
                impostorMax = Math.Max(impostorMax, sim);
            }

            report.AppendLine(CultureInfo.InvariantCulture, $"pair {pair.A,-20} {pair.B,-20} same={(pair.SamePerson ? "yes" : "no "),-4} cosine={sim:0.0000}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"genuine min={genuineMin:0.0000} impostor max={impostorMax:0.0000} midpoint={(genuineMin + impostorMax) / 2:0.0000}");
        report.AppendLine();
        report.AppendLine(Latency(lenient));
        report.AppendLine(RawModelBaseline(models.Models));

        var text = report.ToString();
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "calibration.txt"), text);
        Assert.All(Fixtures.Pairs(), p => Assert.True(analyses[p.A].IsAccepted && analyses[p.B].IsAccepted, $"{p.A} / {p.B} not analysed"));
    }

    /// <summary>
    /// Liveness of the largest face with every gate ignored, in the B,G,R plane order the pipeline uses and in R,G,B
    /// order for comparison (docs/FACE.md explains the choice).
    /// </summary>
    private (double Bgr, double Rgb) DominantFaceLiveness(byte[] bytes)
    {
        var image = new Imaging.ImagePyramid(Imaging.ImageDecoder.Decode(bytes, int.MaxValue, long.MaxValue, models.Options.DecodeLongSide).Image!);
        var face = new Pipeline.FaceDetector(models.Models.Detector).Detect(image, 0.65).MaxBy(f => f.Side)!;
        var square = face.SquareClamped(image.Width, image.Height);
        var bgr = new Pipeline.LivenessScorer(models.Models.Liveness).Score(image, square);

        var region = Pipeline.LivenessScorer.ContextRegion(square, image.Width, image.Height);
        var crop = new byte[128 * 128 * 3];
        Imaging.ImageSampler.Sample(image, Imaging.Affine2D.ForCrop(region.Left, region.Top, region.Width, region.Height, 128, 128), 128, 128, crop, blackBorder: false);
        var rgbPlanes = new float[3 * 128 * 128];
        Pipeline.TensorLayout.ToPlanes(crop, 128, 128, 0f, 1f, rgbPlanes);
        var logits = Pipeline.OnnxRunner.Run(models.Models.Liveness, rgbPlanes, [1, 3, 128, 128], ["output"])[0];
        var exp = logits.Select(l => Math.Exp(l - logits.Max())).ToArray();
        return (bgr, exp[0] / exp.Sum());
    }

    private static string Latency(FaceAnalyzer analyzer)
    {
        var photos = Fixtures.Pairs().SelectMany(p => new[] { p.A, p.B }).Distinct().Select(Fixtures.Read).ToList();
        var runs = new List<FaceStageTimings>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < 5; round++)
        {
            foreach (var bytes in photos)
            {
                runs.Add(analyzer.Analyze(bytes).Timings);
            }
        }

        wall.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs.Count;

        // Two callers at once on the shared sessions (the machine has 2 cores).
        var parallelWall = Stopwatch.StartNew();
        Parallel.ForEach(Enumerable.Range(0, 5).SelectMany(_ => photos), new ParallelOptions { MaxDegreeOfParallelism = 2 }, bytes => analyzer.Analyze(bytes));
        var parallelRate = photos.Count * 5 / parallelWall.Elapsed.TotalSeconds;

        return string.Create(CultureInfo.InvariantCulture,
            $"latency median ms over {runs.Count} analyses ({photos.Count} photos × 5, 1 thread): decode={Median(runs.Select(r => r.DecodeMs)):0.0} " +
            $"detect={Median(runs.Select(r => r.DetectMs)):0.0} landmark={Median(runs.Select(r => r.LandmarkMs)):0.0} " +
            $"liveness={Median(runs.Select(r => r.LivenessMs)):0.0} align+embed={Median(runs.Select(r => r.EmbeddingMs)):0.0} " +
            $"total={Median(runs.Select(r => r.TotalMs)):0.0}; throughput {runs.Count / wall.Elapsed.TotalSeconds:0.0} images/s sequential, {parallelRate:0.0} images/s with 2 callers; " +
            $"process CPU {cpuMs:0.0} ms per image; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    /// <summary>Raw ONNX Runtime inference on zero tensors, the same run's baseline for the stage timings.</summary>
    private static string RawModelBaseline(FaceModels models)
    {
        var result = new StringBuilder("raw model median ms (zero input, 20 runs):");
        foreach (var (name, session, shape) in new[]
        {
            ("detect", models.Detector, new long[] { 1, 3, 240, 320 }),
            ("landmark", models.Landmark, new long[] { 1, 1, 64, 64 }),
            ("liveness", models.Liveness, new long[] { 1, 3, 128, 128 }),
            ("feature", models.Feature, new long[] { 1, 3, 112, 112 }),
        })
        {
            var input = new float[shape.Aggregate(1L, (a, b) => a * b)];
            var outputs = session.OutputNames.ToArray();
            var times = new List<double>();
            for (var i = 0; i < 21; i++)
            {
                var sw = Stopwatch.StartNew();
                _ = Pipeline.OnnxRunner.Run(session, input, shape, outputs);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            result.Append(CultureInfo.InvariantCulture, $" {name}={Median(times.Skip(1)):0.0}");
        }

        return result.ToString();
    }

    private static double Median(IEnumerable<double> xs)
    {
        var s = xs.Order().ToArray();
        return s[s.Length / 2];
    }
}
