namespace FacePay.Face.Imaging;

/// <summary>
/// The decoded image plus successive 2×2 box-filtered halvings. Sampling a strongly shrunk region (the whole photo
/// to 320×240, a 400-pixel face to 64×64) reads from the level whose resolution is closest above the output, so
/// every output pixel costs at most 2×2 bilinear samples instead of one per source pixel it covers, without aliasing.
/// </summary>
internal sealed class ImagePyramid
{
    private const int SmallestSide = 32;
    private readonly List<RgbImage> levels;

    public ImagePyramid(RgbImage image)
    {
        levels = [image];
        var current = image;
        while (Math.Min(current.Width, current.Height) >= 2 * SmallestSide)
        {
            current = Halve(current);
            levels.Add(current);
        }
    }

    public RgbImage Original => levels[0];

    public int Width => levels[0].Width;

    public int Height => levels[0].Height;

    /// <summary>The level for a source-pixels-per-output-pixel <paramref name="scale"/>, and that level's factor (2^level).</summary>
    public (RgbImage Image, int Factor) LevelFor(double scale)
    {
        var level = 0;
        while (level + 1 < levels.Count && scale >= 1 << (level + 1))
        {
            level++;
        }

        return (levels[level], 1 << level);
    }

    private static RgbImage Halve(RgbImage source)
    {
        var w = source.Width / 2;
        var h = source.Height / 2;
        var dst = new byte[w * h * 3];
        var src = source.Pixels;
        var stride = source.Width * 3;
        for (var y = 0; y < h; y++)
        {
            var row0 = 2 * y * stride;
            var row1 = row0 + stride;
            var o = y * w * 3;
            for (var x = 0; x < w; x++)
            {
                var i = 6 * x;
                dst[o++] = (byte)((src[row0 + i] + src[row0 + i + 3] + src[row1 + i] + src[row1 + i + 3] + 2) >> 2);
                dst[o++] = (byte)((src[row0 + i + 1] + src[row0 + i + 4] + src[row1 + i + 1] + src[row1 + i + 4] + 2) >> 2);
                dst[o++] = (byte)((src[row0 + i + 2] + src[row0 + i + 5] + src[row1 + i + 2] + src[row1 + i + 5] + 2) >> 2);
            }
        }

        return new RgbImage(w, h, dst);
    }
}
