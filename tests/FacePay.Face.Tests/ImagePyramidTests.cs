using FacePay.Face.Imaging;

namespace FacePay.Face.Tests;

public sealed class ImagePyramidTests
{
    [Fact]
    public void Levels_are_built_on_demand_and_stop_below_twice_the_smallest_side()
    {
        // 300×200: 150×100, 75×50 (min side 50 < 64, so no further level).
        var pyramid = new ImagePyramid(new RgbImage(300, 200, Gradient(300, 200)));

        var (level0, factor0) = pyramid.LevelFor(1.5);
        Assert.Equal((300, 1), (level0.Width, factor0));

        var (level2, factor2) = pyramid.LevelFor(4.0);
        Assert.Equal((75, 50, 4), (level2.Width, level2.Height, factor2));

        var (deepest, deepestFactor) = pyramid.LevelFor(1000);
        Assert.Same(level2, deepest);
        Assert.Equal(4, deepestFactor);

        var (level1, factor1) = pyramid.LevelFor(2.0);
        Assert.Equal((150, 100, 2), (level1.Width, level1.Height, factor1));
    }

    [Fact]
    public void Each_level_is_the_rounded_two_by_two_average()
    {
        var source = Gradient(130, 130);
        var (half, _) = new ImagePyramid(new RgbImage(130, 130, source)).LevelFor(2);

        for (var y = 0; y < half.Height; y++)
        {
            for (var x = 0; x < half.Width; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    int At(int sx, int sy) => source[(((sy * 130) + sx) * 3) + c];
                    var expected = (At(2 * x, 2 * y) + At((2 * x) + 1, 2 * y) + At(2 * x, (2 * y) + 1) + At((2 * x) + 1, (2 * y) + 1) + 2) >> 2;
                    Assert.Equal(expected, half.Pixels[(((y * half.Width) + x) * 3) + c]);
                }
            }
        }
    }

    private static byte[] Gradient(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 37) ^ (i >> 5));
        }

        return pixels;
    }
}
