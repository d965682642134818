namespace FacePay.Face.Imaging;

/// <summary>
/// Resamples an <see cref="RgbImage"/> through an affine map with bilinear interpolation. One routine serves the
/// detector resize, the landmark and liveness crops and the 112×112 alignment warp.
/// </summary>
internal static class ImageSampler
{
    private const int MaxSupersample = 4;

    /// <summary>
    /// Like <see cref="Sample(RgbImage, Affine2D, int, int, Span{byte}, bool, int)"/>, but reads from the pyramid
    /// level that matches the shrink factor. What remains is a shrink below 2×, where one bilinear sample already
    /// spans the 2×2 source pixels under each output pixel, so no supersampling is needed.
    /// </summary>
    public static void Sample(ImagePyramid pyramid, Affine2D outputToSource, int outWidth, int outHeight, Span<byte> output, bool blackBorder)
    {
        var scale = Math.Sqrt(Math.Abs((outputToSource.A * outputToSource.E) - (outputToSource.B * outputToSource.D)));
        var (level, factor) = pyramid.LevelFor(scale);
        if (factor == 1)
        {
            Sample(level, outputToSource, outWidth, outHeight, output, blackBorder, maxSupersample: 1);
            return;
        }

        // Level pixel centre j covers original pixels [factor·j, factor·j + factor): x_level = (x + 0.5)/factor − 0.5.
        var f = 1.0 / factor;
        var toLevel = new Affine2D(
            outputToSource.A * f,
            outputToSource.B * f,
            ((outputToSource.C + 0.5) * f) - 0.5,
            outputToSource.D * f,
            outputToSource.E * f,
            ((outputToSource.F + 0.5) * f) - 0.5);
        Sample(level, toLevel, outWidth, outHeight, output, blackBorder, maxSupersample: 1);
    }

    /// <summary>
    /// Fills <paramref name="output"/> (outWidth × outHeight × 3 RGB bytes) by sampling <paramref name="source"/> at
    /// <paramref name="outputToSource"/>(x, y) for every output pixel. When the map shrinks the image, each output
    /// pixel averages an n×n grid of bilinear samples, so large photos do not alias when scaled down to 320×240.
    /// Samples outside the source read as black when <paramref name="blackBorder"/> is set (as the alignment warp
    /// was trained with), otherwise the nearest edge pixel.
    /// </summary>
    public static void Sample(RgbImage source, Affine2D outputToSource, int outWidth, int outHeight, Span<byte> output, bool blackBorder, int maxSupersample = MaxSupersample)
    {
        if (output.Length < outWidth * outHeight * 3)
        {
            throw new ArgumentException("Output buffer too small.", nameof(output));
        }

        var scale = Math.Sqrt(Math.Abs((outputToSource.A * outputToSource.E) - (outputToSource.B * outputToSource.D)));
        var n = Math.Clamp((int)Math.Ceiling(scale - 0.01), 1, maxSupersample);
        Span<double> acc = stackalloc double[3];
        Span<double> sample = stackalloc double[3];
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                acc.Clear();
                for (var j = 0; j < n; j++)
                {
                    var oy = y + ((j + 0.5) / n) - 0.5;
                    for (var i = 0; i < n; i++)
                    {
                        var ox = x + ((i + 0.5) / n) - 0.5;
                        var (sx, sy) = outputToSource.Apply(ox, oy);
                        Bilinear(source, sx, sy, blackBorder, sample);
                        acc[0] += sample[0];
                        acc[1] += sample[1];
                        acc[2] += sample[2];
                    }
                }

                var o = ((y * outWidth) + x) * 3;
                var count = n * n;
                output[o] = ToByte(acc[0] / count);
                output[o + 1] = ToByte(acc[1] / count);
                output[o + 2] = ToByte(acc[2] / count);
            }
        }
    }

    private static void Bilinear(RgbImage image, double x, double y, bool blackBorder, Span<double> rgb)
    {
        var w = image.Width;
        var h = image.Height;
        if (blackBorder && (x <= -1 || y <= -1 || x >= w || y >= h))
        {
            rgb.Clear();
            return;
        }

        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        var fx = x - x0;
        var fy = y - y0;
        var px = image.Pixels;
        rgb.Clear();
        for (var dy = 0; dy <= 1; dy++)
        {
            var wy = dy == 0 ? 1 - fy : fy;
            if (wy == 0)
            {
                continue;
            }

            var yy = y0 + dy;
            var rowOutside = yy < 0 || yy >= h;
            yy = Math.Clamp(yy, 0, h - 1);
            for (var dx = 0; dx <= 1; dx++)
            {
                var wx = dx == 0 ? 1 - fx : fx;
                if (wx == 0)
                {
                    continue;
                }

                var xx = x0 + dx;
                if (blackBorder && (rowOutside || xx < 0 || xx >= w))
                {
                    continue;
                }

                xx = Math.Clamp(xx, 0, w - 1);
                var weight = wx * wy;
                var p = ((yy * w) + xx) * 3;
                rgb[0] += weight * px[p];
                rgb[1] += weight * px[p + 1];
                rgb[2] += weight * px[p + 2];
            }
        }
    }

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
