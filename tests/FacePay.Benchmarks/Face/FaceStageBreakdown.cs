using FacePay.Face;
using Microsoft.Extensions.Options;

namespace FacePay.Benchmarks.Face;

/// <summary>
/// Where a face check's time goes, one thread, no grain: our pipeline's own stage timings (<see cref="FaceStageTimings"/>)
/// beside each raw model's time on the same image, alternating image by image. The difference per stage is what our
/// code adds around the model (decoding, resampling, tensor layout, NMS, alignment).
/// </summary>
public sealed record FaceStageBreakdown(
    double DecodeMs,
    double DetectMs,
    double RawDetectMs,
    double LandmarkMs,
    double RawLandmarkMs,
    double LivenessMs,
    double RawLivenessMs,
    double EmbeddingMs,
    double RawFeatureMs)
{
    public double TotalMs => DecodeMs + DetectMs + LandmarkMs + LivenessMs + EmbeddingMs;

    public double RawTotalMs => RawDetectMs + RawLandmarkMs + RawLivenessMs + RawFeatureMs;

    public static FaceStageBreakdown Measure(IReadOnlyList<byte[]> images, IReadOnlyList<RawFaceInputs> inputs, RawFaceModels raw, int passes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(raw);
        using var models = FaceModels.Load(null, 1);
        var analyzer = new FaceAnalyzer(models, Options.Create(new FaceModelOptions()));
        foreach (var image in images)
        {
            analyzer.Analyze(image);
        }

        var sums = new double[9];
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < images.Count; i++)
            {
                var t = analyzer.Analyze(images[i]).Timings;
                var r = raw.TimeEach(inputs[i]);
                double[] values = [t.DecodeMs, t.DetectMs, r.Detect, t.LandmarkMs, r.Landmark, t.LivenessMs, r.Liveness, t.EmbeddingMs, r.Feature];
                for (var k = 0; k < values.Length; k++)
                {
                    sums[k] += values[k];
                }
            }
        }

        var n = (double)images.Count * passes;
        var m = sums.Select(s => s / n).ToArray();
        return new FaceStageBreakdown(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);
    }
}
