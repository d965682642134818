using System.Diagnostics;
using FacePay.Face.Imaging;
using FacePay.Face.Pipeline;
using Microsoft.Extensions.Options;

namespace FacePay.Face;

/// <summary>
/// Turns one capture into a face template, or a reason it cannot be used: decode (EXIF orientation honoured) →
/// detect → gates (one dominant face, inside the frame, large enough) → 68 landmarks → liveness gate → 5-point
/// similarity alignment → 512-d embedding. Thread-safe; register as a singleton. Never stores or logs the image.
/// </summary>
public sealed class FaceAnalyzer : IFaceAnalyzer
{
    private readonly FaceModelOptions options;
    private readonly FaceDetector detector;
    private readonly LandmarkLocator landmarks;
    private readonly LivenessScorer liveness;
    private readonly FaceEmbedder embedder;

    /// <summary>Creates an analyzer over loaded models.</summary>
    public FaceAnalyzer(FaceModels models, IOptions<FaceModelOptions> options)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        detector = new FaceDetector(models.Detector);
        landmarks = new LandmarkLocator(models.Landmark);
        liveness = new LivenessScorer(models.Liveness);
        embedder = new FaceEmbedder(models.Feature);
    }

    /// <inheritdoc />
    public FaceAnalysis Analyze(ReadOnlyMemory<byte> image, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var decoded = ImageDecoder.Decode(image.Span, options.MaxImageBytes, options.MaxPixels, options.DecodeLongSide);
        if (decoded.Image is not { } upright)
        {
            return new FaceAnalysis
            {
                Status = FaceAnalysisStatus.Rejected,
                Rejection = decoded.Rejection,
                Timings = new FaceStageTimings(Lap(clock), 0, 0, 0, 0),
            };
        }

        var rgb = new ImagePyramid(upright);
        try
        {
            return AnalyzeDecoded(image.Span, decoded, ref rgb, clock, cancellationToken);
        }
        finally
        {
            // The stages may have swapped in a larger decode; whichever pyramid is current owns the rented buffers.
            rgb.Dispose();
        }
    }

    private FaceAnalysis AnalyzeDecoded(ReadOnlySpan<byte> image, DecodeOutcome decoded, ref ImagePyramid rgb, Stopwatch clock, CancellationToken cancellationToken)
    {
        var decodeMs = Lap(clock);

        // Everything below works in decoded pixels; what is reported and compared with options is in full-size pixels.
        var scale = decoded.Scale;

        cancellationToken.ThrowIfCancellationRequested();
        var faces = detector.Detect(rgb, options.DetectionThreshold);
        var detectMs = Lap(clock);
        var ordered = faces.OrderByDescending(f => f.Side).ToList();
        var result = new FaceAnalysis
        {
            Status = FaceAnalysisStatus.Rejected,
            ImageWidth = decoded.OriginalWidth,
            ImageHeight = decoded.OriginalHeight,
            FaceCount = faces.Count,
            Detections = ordered.ConvertAll(f => new FaceDetection(Scale(f.Box, scale), f.Score)),
            Timings = new FaceStageTimings(decodeMs, detectMs, 0, 0, 0),
        };

        if (faces.Count == 0)
        {
            return result with { Rejection = new FaceRejection(FaceRejectionReason.NoFace, "No face was found. Face the camera in good light.") };
        }

        var face = ordered[0];
        var faceSize = face.Side * scale;
        result = result with { Box = Scale(face.Box, scale), Quality = new FaceQuality(face.Score, faceSize, 0) };
        var competing = ordered.Skip(1).Count(f => f.Side >= options.SecondFaceRatio * face.Side && f.Score >= options.SecondFaceMinScore);
        if (competing > 0)
        {
            return result with
            {
                Rejection = new FaceRejection(
                    FaceRejectionReason.MultipleFaces,
                    $"{competing + 1} faces of comparable size are in the frame; only the payer may be in view."),
            };
        }

        if (IsCutByFrame(face.Box, rgb.Width, rgb.Height))
        {
            return result with { Rejection = new FaceRejection(FaceRejectionReason.FaceCutByFrame, "The face extends beyond the edge of the image. Centre the face in the frame.") };
        }

        if (faceSize < options.MinFaceSize)
        {
            return result with
            {
                Rejection = new FaceRejection(
                    FaceRejectionReason.FaceTooSmall,
                    $"The face is {faceSize:0} pixels; at least {options.MinFaceSize} are needed. Move closer to the camera."),
            };
        }

        if (scale > 1 && face.Side < options.DecodeMinFaceSide)
        {
            (face, scale) = DecodeLarger(image, decoded, face, ref rgb);
            result = result with { Timings = result.Timings with { DecodeMs = result.Timings.DecodeMs + Lap(clock) } };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var square = face.SquareClamped(rgb.Width, rgb.Height);
        var points68 = landmarks.Locate(rgb, square);
        var five = FaceAligner.FivePoints(points68);
        var landmarkMs = Lap(clock);
        result = result with
        {
            Landmarks = Scale(points68, scale),
            AlignmentPoints = Scale(five, scale),
            Timings = result.Timings with { LandmarkMs = landmarkMs },
        };

        cancellationToken.ThrowIfCancellationRequested();
        var live = liveness.Score(rgb, square);
        var livenessMs = Lap(clock);
        result = result with { Liveness = live, Timings = result.Timings with { LivenessMs = livenessMs } };
        if (live < options.LivenessThreshold)
        {
            return result with
            {
                Rejection = new FaceRejection(
                    FaceRejectionReason.LivenessTooLow,
                    $"Liveness {live:0.000} is below {options.LivenessThreshold:0.000}; the capture may be a photo or a screen. Retake it in person."),
            };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var aligned = FaceAligner.Align(rgb, five);
        var embedding = embedder.Embed(aligned);
        var sharpness = FaceEmbedder.Sharpness(aligned);
        var embeddingMs = Lap(clock);
        return result with
        {
            Status = FaceAnalysisStatus.Accepted,
            Embedding = embedding,
            Quality = new FaceQuality(face.Score, faceSize, sharpness),
            Timings = result.Timings with { EmbeddingMs = embeddingMs },
        };
    }

    /// <summary>
    /// The reduced decode left the face too few pixels across: decodes the upload again at the codec size that gives it
    /// at least <see cref="FaceModelOptions.DecodeMinFaceSide"/> (full size at most) and maps the detected face onto it.
    /// The detection itself is kept: the detector only ever sees 320×240, so a larger decode would not change it.
    /// </summary>
    private (DetectedFace Face, double Scale) DecodeLarger(ReadOnlySpan<byte> image, DecodeOutcome decoded, DetectedFace face, ref ImagePyramid rgb)
    {
        var longSide = LongSideFor(face.Side * decoded.Scale, Math.Max(decoded.OriginalWidth, decoded.OriginalHeight), options.DecodeMinFaceSide);
        var larger = ImageDecoder.Decode(image, options.MaxImageBytes, options.MaxPixels, longSide);
        if (larger.Image is not { } upright)
        {
            // The same bytes decoded once already; keep what we have rather than fail on a second pass.
            return (face, decoded.Scale);
        }

        rgb.Dispose();
        rgb = new ImagePyramid(upright);
        var toLarger = decoded.Scale / larger.Scale;
        var box = face.Box;
        return (face with { Box = new FaceBox(box.Left * toLarger, box.Top * toLarger, box.Right * toLarger, box.Bottom * toLarger) }, larger.Scale);
    }

    /// <summary>The decode long side at which a face of <paramref name="fullSizeFace"/> full-size pixels spans <paramref name="minFaceSide"/>.</summary>
    internal static int LongSideFor(double fullSizeFace, int fullSizeLongSide, int minFaceSide) =>
        (int)Math.Min(fullSizeLongSide, Math.Ceiling(fullSizeLongSide * minFaceSide / fullSizeFace));

    private bool IsCutByFrame(FaceBox box, int width, int height)
    {
        var margin = options.FrameMargin * Math.Max(box.Width, box.Height);
        return box.Left <= margin || box.Top <= margin || box.Right >= width - margin || box.Bottom >= height - margin;
    }

    private static FaceBox Scale(FaceBox box, double scale) =>
        scale == 1 ? box : new FaceBox(box.Left * scale, box.Top * scale, box.Right * scale, box.Bottom * scale);

    private static FacePoint[] Scale(FacePoint[] points, double scale) =>
        scale == 1 ? points : Array.ConvertAll(points, p => new FacePoint(p.X * scale, p.Y * scale));

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
