using SkiaSharp;

namespace FacePay.Benchmarks.Face;

/// <summary>
/// One image turned into the four models' input tensors before timing starts (SkiaSharp resize of the whole image to
/// each input size; the models' cost does not depend on what the pixels show).
/// </summary>
public sealed class RawFaceInputs
{
    public static readonly long[] DetectShape = [1, 3, 240, 320];
    public static readonly long[] LandmarkShape = [1, 1, 64, 64];
    public static readonly long[] LivenessShape = [1, 3, 128, 128];
    public static readonly long[] FeatureShape = [1, 3, 112, 112];

    private RawFaceInputs(float[] detect, float[] landmark, float[] liveness, float[] feature)
    {
        Detect = detect;
        Landmark = landmark;
        Liveness = liveness;
        Feature = feature;
    }

    public float[] Detect { get; }

    public float[] Landmark { get; }

    public float[] Liveness { get; }

    public float[] Feature { get; }

    public static RawFaceInputs FromImage(byte[] encoded)
    {
        using var bitmap = SKBitmap.Decode(encoded) ?? throw new InvalidOperationException("A benchmark image did not decode.");
        return new RawFaceInputs(
            Planes(bitmap, 320, 240, v => (v - 127f) / 128f, bgr: false),
            Grey(bitmap, 64),
            Planes(bitmap, 128, 128, v => v, bgr: true),
            Planes(bitmap, 112, 112, v => (v - 127f) / 128f, bgr: false));
    }

    private static float[] Planes(SKBitmap source, int width, int height, Func<float, float> normalise, bool bgr)
    {
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear))
            ?? throw new InvalidOperationException("Resize failed.");
        var plane = width * height;
        var result = new float[plane * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var c = resized.GetPixel(x, y);
                var i = (y * width) + x;
                result[i] = normalise(bgr ? c.Blue : c.Red);
                result[plane + i] = normalise(c.Green);
                result[(2 * plane) + i] = normalise(bgr ? c.Red : c.Blue);
            }
        }

        return result;
    }

    private static float[] Grey(SKBitmap source, int size)
    {
        using var resized = source.Resize(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear))
            ?? throw new InvalidOperationException("Resize failed.");
        var result = new float[size * size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var c = resized.GetPixel(x, y);
                result[(y * size) + x] = MathF.Round((0.299f * c.Red) + (0.587f * c.Green) + (0.114f * c.Blue)) / 256f;
            }
        }

        return result;
    }
}
