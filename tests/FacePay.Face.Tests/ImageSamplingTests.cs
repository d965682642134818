using FacePay.Face.Imaging;
using SkiaSharp;

namespace FacePay.Face.Tests;

/// <summary>
/// The vectorised and fast paths of decoding and resampling against their plain definitions, byte for byte: the
/// calibration in docs/FACE.md was measured with these bytes, so a faster path may not change a single one.
/// </summary>
public sealed class ImageSamplingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(17)]
    [InlineData(1001)]
    public void Rgba_over_white_matches_the_per_pixel_definition(int pixels)
    {
        var rgba = PremultipliedRgba(pixels, seed: pixels);
        var rgb = new byte[pixels * 3];

        ImageDecoder.OverWhite(rgba, rgb);

        for (var p = 0; p < pixels; p++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal((byte)(rgba[(4 * p) + c] + 255 - rgba[(4 * p) + 3]), rgb[(3 * p) + c]);
            }
        }
    }

    [Fact]
    public void Orient_top_left_reads_a_rented_buffer_longer_than_the_image()
    {
        var rgba = new byte[(7 * 5 * 4) + 64];
        PremultipliedRgba(7 * 5, seed: 3).CopyTo(rgba, 0);
        Array.Fill(rgba, (byte)0xAB, 7 * 5 * 4, 64);

        var image = ImageDecoder.Orient(rgba, 7, 5, SKEncodedOrigin.TopLeft);

        Assert.Equal((7, 5), (image.Width, image.Height));
        var expected = new byte[7 * 5 * 3];
        ImageDecoder.OverWhite(rgba.AsSpan(0, 7 * 5 * 4), expected);
        Assert.Equal(expected, image.Span.ToArray());
        image.ReturnToPool();
    }

    [Theory]
    [InlineData(64, 64)]
    [InlineData(65, 65)]
    [InlineData(66, 64)]
    [InlineData(67, 70)]
    [InlineData(77, 64)]
    [InlineData(131, 64)]
    [InlineData(641, 64)]
    public void Each_halving_is_the_rounded_two_by_two_average_at_any_width(int width, int height)
    {
        // Widths chosen so rows end at every offset of the three-pixel vector step and the scalar tail.
        var source = Random(width * height * 3, seed: width);
        using var pyramid = new ImagePyramid(new RgbImage(width, height, source));
        var (half, factor) = pyramid.LevelFor(2);

        Assert.Equal((width / 2, height / 2, 2), (half.Width, half.Height, factor));
        for (var y = 0; y < half.Height; y++)
        {
            for (var x = 0; x < half.Width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    int At(int sx, int sy) => source[(((sy * width) + sx) * 3) + c];
                    var expected = (At(2 * x, 2 * y) + At((2 * x) + 1, 2 * y) + At(2 * x, (2 * y) + 1) + At((2 * x) + 1, (2 * y) + 1) + 2) >> 2;
                    Assert.Equal(expected, half.Pixels[(((y * half.Width) + x) * 3) + c]);
                }
            }
        }
    }

    public static TheoryData<double, double, double, double, double, double, bool> Maps => new()
    {
        // Axis-aligned crops (the detector resize, landmark and liveness crops), inside and over the edges.
        { 0.9, 0, 3.2, 0, 0.8, 5.7, false },
        { 1.3, 0, -4.5, 0, 1.7, -2.25, false },
        { 1.9, 0, 30, 0, 1.9, 40, false },
        { 1.3, 0, -4.5, 0, 1.7, -2.25, true },

        // Rotated and scaled warps (the 112×112 alignment), with the black border it uses and the clamped edge.
        { 0.8, 0.35, 2, -0.35, 0.8, 20, true },
        { 1.1, -0.6, 40, 0.6, 1.1, -10, true },
        { 1.1, -0.6, 40, 0.6, 1.1, -10, false },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Bilinear_sampling_matches_the_reference_definition(double a, double b, double c, double d, double e, double f, bool blackBorder)
    {
        var source = new RgbImage(61, 47, Random(61 * 47 * 3, seed: 11));
        var map = new Affine2D(a, b, c, d, e, f);
        var output = new byte[40 * 36 * 3];

        using var pyramid = new ImagePyramid(source);
        ImageSampler.Sample(pyramid, map, 40, 36, output, blackBorder);

        Assert.Equal(ReferenceBilinear(source, map, 40, 36, blackBorder), output);
    }

    // The sampler's definition, written the slow and obvious way: for each output pixel the four neighbours of the
    // mapped point, each weighted (1 − fx or fx) × (1 − fy or fy), edge pixels clamped or read as black.
    private static byte[] ReferenceBilinear(RgbImage image, Affine2D map, int outWidth, int outHeight, bool blackBorder)
    {
        var result = new byte[outWidth * outHeight * 3];
        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                var (sx, sy) = map.Apply(x, y);
                var rgb = new double[3];
                var outside = blackBorder && (sx <= -1 || sy <= -1 || sx >= image.Width || sy >= image.Height);
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                for (var dy = 0; dy <= 1 && !outside; dy++)
                {
                    for (var dx = 0; dx <= 1; dx++)
                    {
                        var xx = x0 + dx;
                        var yy = y0 + dy;
                        if (blackBorder && (xx < 0 || yy < 0 || xx >= image.Width || yy >= image.Height))
                        {
                            continue;
                        }

                        var weight = (dx == 0 ? 1 - (sx - x0) : sx - x0) * (dy == 0 ? 1 - (sy - y0) : sy - y0);
                        var p = ((Math.Clamp(yy, 0, image.Height - 1) * image.Width) + Math.Clamp(xx, 0, image.Width - 1)) * 3;
                        for (var ch = 0; ch < 3; ch++)
                        {
                            rgb[ch] += weight * image.Pixels[p + ch];
                        }
                    }
                }

                for (var ch = 0; ch < 3; ch++)
                {
                    result[(((y * outWidth) + x) * 3) + ch] = (byte)Math.Clamp((int)Math.Round(rgb[ch]), 0, 255);
                }
            }
        }

        return result;
    }

    private static byte[] PremultipliedRgba(int pixels, int seed)
    {
        var random = new Random(seed);
        var rgba = new byte[pixels * 4];
        for (var p = 0; p < pixels; p++)
        {
            // Every third pixel opaque (a JPEG), the rest translucent with channels ≤ alpha (premultiplied).
            var alpha = p % 3 == 0 ? 255 : random.Next(256);
            rgba[(4 * p) + 3] = (byte)alpha;
            for (var c = 0; c < 3; c++)
            {
                rgba[(4 * p) + c] = (byte)random.Next(alpha + 1);
            }
        }

        return rgba;
    }

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
