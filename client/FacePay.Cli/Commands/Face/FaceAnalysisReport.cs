using System.Text.Json.Nodes;
using FacePay.Face;

namespace FacePay.Cli.Commands.Face;

/// <summary>The JSON shape of one analysed image (pixel values rounded to 0.1, scores to 6 decimals).</summary>
internal static class FaceAnalysisReport
{
    /// <summary>What <c>face compare</c> prints per image: verdict, face count, dominant box, liveness, quality, reason.</summary>
    public static JsonObject Summary(string file, FaceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var report = new JsonObject
        {
            ["file"] = file,
            ["accepted"] = analysis.IsAccepted,
            ["width"] = analysis.ImageWidth,
            ["height"] = analysis.ImageHeight,
            ["faces"] = analysis.FaceCount,
        };
        if (analysis.Box is { } box)
        {
            report["box"] = Box(box);
        }

        if (analysis.Liveness is { } liveness)
        {
            report["liveness"] = Score(liveness);
        }

        if (analysis.Quality is { } quality)
        {
            var measurements = new JsonObject { ["detectionScore"] = Score(quality.DetectionScore), ["faceSize"] = Pixels(quality.FaceSize) };
            if (analysis.IsAccepted)
            {
                // Measured on the aligned face, so only once every gate passed.
                measurements["sharpness"] = Pixels(quality.Sharpness);
            }

            report["quality"] = measurements;
        }

        if (analysis.Rejection is { } rejection)
        {
            report["reason"] = new JsonObject { ["code"] = rejection.Reason.ToString(), ["message"] = rejection.Message };
        }

        return report;
    }

    /// <summary>What <c>face inspect</c> prints: the summary plus every detection, the 68 landmarks, the 5 alignment points and timings.</summary>
    public static JsonObject Detail(string file, FaceAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var report = Summary(file, analysis);
        report["detections"] = new JsonArray([.. analysis.Detections.Select(d => new JsonObject { ["box"] = Box(d.Box), ["score"] = Score(d.Score) })]);
        report["landmarks"] = Points(analysis.Landmarks);
        report["alignmentPoints"] = Points(analysis.AlignmentPoints);
        var t = analysis.Timings;
        report["timingsMs"] = new JsonObject
        {
            ["decode"] = Pixels(t.DecodeMs),
            ["detect"] = Pixels(t.DetectMs),
            ["landmarks"] = Pixels(t.LandmarkMs),
            ["liveness"] = Pixels(t.LivenessMs),
            ["embedding"] = Pixels(t.EmbeddingMs),
            ["total"] = Pixels(t.TotalMs),
        };
        return report;
    }

    /// <summary>A similarity or probability, rounded for printing (decisions are made on the exact value).</summary>
    public static double Score(double value) => Math.Round(value, 6);

    private static double Pixels(double value) => Math.Round(value, 1);

    private static JsonObject Box(FaceBox box) => new()
    {
        ["left"] = Pixels(box.Left),
        ["top"] = Pixels(box.Top),
        ["right"] = Pixels(box.Right),
        ["bottom"] = Pixels(box.Bottom),
    };

    private static JsonArray Points(IReadOnlyList<FacePoint> points) =>
        new([.. points.Select(p => new JsonArray(Pixels(p.X), Pixels(p.Y)))]);
}
