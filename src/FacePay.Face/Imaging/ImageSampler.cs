using System.Runtime.CompilerServices;

namespace FacePay.Face.Imaging;

/// <summary>
/// Resamples an image through an affine map with bilinear interpolation. One routine serves the detector resize, the
/// landmark and liveness crops and the 112×112 alignment warp.
/// </summary>
internal static class ImageSampler
{
    /// <summary>
    /// Fills <paramref name="output"/> (outWidth × outHeight × 3 RGB bytes) by sampling the pyramid at
    /// <paramref name="outputToSource"/>(x, y) for every output pixel, reading from the level that matches the shrink
    /// factor. What remains is a shrink below 2×, where one bilinear sample already spans the 2×2 source pixels under
    /// each output pixel, so large photos do not alias when scaled down to 320×240. Samples outside the source read
    /// as black when <paramref name="blackBorder"/> is set (as the alignment warp was trained with), otherwise the
    /// nearest edge pixel.
    /// </summary>
    public static void Sample(ImagePyramid pyramid, Affine2D outputToSource, int outWidth, int outHeight, Span<byte> output, bool blackBorder)
    {
        if (output.Length < outWidth * outHeight * 3)
        {
            throw new ArgumentException("Output buffer too small.", nameof(output));
        }

        var scale = Math.Sqrt(Math.Abs((outputToSource.A * outputToSource.E) - (outputToSource.B * outputToSource.D)));
        var (level, factor) = pyramid.LevelFor(scale);
        if (factor == 1)
        {
            Bilinear(level, outputToSource, outWidth, outHeight, output, blackBorder);
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
        Bilinear(level, toLevel, outWidth, outHeight, output, blackBorder);
    }

    private static void Bilinear(RgbImage source, Affine2D map, int outWidth, int outHeight, Span<byte> output, bool blackBorder)
    {
        if (map.B == 0 && map.D == 0)
        {
            Separable(source, map, outWidth, outHeight, output, blackBorder);
            return;
        }

        ReadOnlySpan<byte> px = source.Pixels;
        var w = source.Width;
        var h = source.Height;
        var o = 0;
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++, o += 3)
            {
                var (sx, sy) = map.Apply(x, y);
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                if (x0 >= 0 && y0 >= 0 && x0 < w - 1 && y0 < h - 1)
                {
                    // All four neighbours inside: the common case, without the edge rules below.
                    var p = ((y0 * w) + x0) * 3;
                    Interpolate(px, p, p + (w * 3), sx - x0, sy - y0, output.Slice(o, 3));
                }
                else
                {
                    AtEdge(source, sx, sy, blackBorder, output.Slice(o, 3));
                }
            }
        }
    }

    /// <summary>
    /// The crops and the detector resize scale each axis on its own: source columns and their weights are worked out
    /// once per output column instead of once per pixel. The same arithmetic as the general path (B·y and D·x are
    /// zero), so both give identical bytes.
    /// </summary>
    private static void Separable(RgbImage source, Affine2D map, int outWidth, int outHeight, Span<byte> output, bool blackBorder)
    {
        ReadOnlySpan<byte> px = source.Pixels;
        var w = source.Width;
        var h = source.Height;
        Span<double> columnX = outWidth <= 512 ? stackalloc double[outWidth] : new double[outWidth];
        Span<int> column0 = outWidth <= 512 ? stackalloc int[outWidth] : new int[outWidth];
        var inside = true;
        for (var x = 0; x < outWidth; x++)
        {
            columnX[x] = map.Apply(x, 0).X;
            column0[x] = (int)Math.Floor(columnX[x]);
            inside &= column0[x] >= 0 && column0[x] < w - 1;
        }

        var o = 0;
        for (var y = 0; y < outHeight; y++)
        {
            var sy = map.Apply(0, y).Y;
            var y0 = (int)Math.Floor(sy);
            if (!inside || y0 < 0 || y0 >= h - 1)
            {
                for (var x = 0; x < outWidth; x++, o += 3)
                {
                    var (sx, syEdge) = map.Apply(x, y);
                    AtEdge(source, sx, syEdge, blackBorder, output.Slice(o, 3));
                }

                continue;
            }

            var fy = sy - y0;
            var row = px.Slice(y0 * w * 3, 2 * w * 3);
            var next = w * 3;
            for (var x = 0; x < outWidth; x++, o += 3)
            {
                var x0 = column0[x];
                Interpolate(row, x0 * 3, (x0 * 3) + next, columnX[x] - x0, fy, output.Slice(o, 3));
            }
        }
    }

    /// <summary>
    /// One RGB sample from four neighbours inside the image: pixels at <paramref name="p"/> and p + 3 on one row,
    /// <paramref name="q"/> and q + 3 on the next, weighted by the fractions <paramref name="fx"/>, <paramref name="fy"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Interpolate(ReadOnlySpan<byte> px, int p, int q, double fx, double fy, Span<byte> rgb)
    {
        var w00 = (1 - fx) * (1 - fy);
        var w01 = fx * (1 - fy);
        var w10 = (1 - fx) * fy;
        var w11 = fx * fy;
        rgb[0] = ToByte((w00 * px[p]) + (w01 * px[p + 3]) + (w10 * px[q]) + (w11 * px[q + 3]));
        rgb[1] = ToByte((w00 * px[p + 1]) + (w01 * px[p + 4]) + (w10 * px[q + 1]) + (w11 * px[q + 4]));
        rgb[2] = ToByte((w00 * px[p + 2]) + (w01 * px[p + 5]) + (w10 * px[q + 2]) + (w11 * px[q + 5]));
    }

    /// <summary>A sample whose 2×2 neighbourhood leaves the image: clamped to the edge, or black outside it.</summary>
    private static void AtEdge(RgbImage image, double x, double y, bool blackBorder, Span<byte> rgb)
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
        double r = 0, g = 0, b = 0;
        for (var dy = 0; dy <= 1; dy++)
        {
            var wy = dy == 0 ? 1 - fy : fy;
            var yy = y0 + dy;
            var rowOutside = yy < 0 || yy >= h;
            yy = Math.Clamp(yy, 0, h - 1);
            for (var dx = 0; dx <= 1; dx++)
            {
                var wx = dx == 0 ? 1 - fx : fx;
                var xx = x0 + dx;
                if (blackBorder && (rowOutside || xx < 0 || xx >= w))
                {
                    continue;
                }

                xx = Math.Clamp(xx, 0, w - 1);
                var weight = wx * wy;
                var p = ((yy * w) + xx) * 3;
                r += weight * px[p];
                g += weight * px[p + 1];
                b += weight * px[p + 2];
            }
        }

        rgb[0] = ToByte(r);
        rgb[1] = ToByte(g);
        rgb[2] = ToByte(b);
    }

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
