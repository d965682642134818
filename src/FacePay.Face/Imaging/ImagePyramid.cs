namespace FacePay.Face.Imaging;

/// <summary>
/// The decoded image plus successive 2×2 box-filtered halvings. Sampling a strongly shrunk region (the whole photo
/// to 320×240, a 400-pixel face to 64×64) reads from the level whose resolution is closest above the output, so
/// every output pixel costs at most 2×2 bilinear samples instead of one per source pixel it covers, without aliasing.
/// Levels are built on first use: the stages only ever read a few of them, so halvings nobody samples are skipped.
/// Not thread-safe: one analysis owns its pyramid and runs its stages one after another.
/// </summary>
internal sealed class ImagePyramid
{
    private const int SmallestSide = 32;
    private readonly List<RgbImage> levels;

    public ImagePyramid(RgbImage image)
    {
        levels = [image];
    }

    public RgbImage Original => levels[0];

    public int Width => levels[0].Width;

    public int Height => levels[0].Height;

    /// <summary>The level for a source-pixels-per-output-pixel <paramref name="scale"/>, and that level's factor (2^level).</summary>
    public (RgbImage Image, int Factor) LevelFor(double scale)
    {
        var level = 0;
        while (scale >= 1 << (level + 1) && HasLevel(level + 1))
        {
            level++;
        }

        return (levels[level], 1 << level);
    }

    /// <summary>Builds levels up to <paramref name="level"/> unless the previous one is already the smallest.</summary>
    private bool HasLevel(int level)
    {
        while (levels.Count <= level)
        {
            var last = levels[^1];
            if (Math.Min(last.Width, last.Height) < 2 * SmallestSide)
            {
                return false;
            }

            levels.Add(Halve(last));
        }

        return true;
    }

    private static RgbImage Halve(RgbImage source)
    {
        var w = source.Width / 2;
        var h = source.Height / 2;
        var dst = GC.AllocateUninitializedArray<byte>(w * h * 3);
        ReadOnlySpan<byte> src = source.Pixels;
        var stride = source.Width * 3;
        for (var y = 0; y < h; y++)
        {
            // Row slices let the JIT drop most bounds checks in the inner loop.
            var row0 = src.Slice(2 * y * stride, stride);
            var row1 = src.Slice((2 * y * stride) + stride, stride);
            var outRow = dst.AsSpan(y * w * 3, w * 3);
            for (int x = 0, i = 0; x < outRow.Length; x += 3, i += 6)
            {
                outRow[x] = (byte)((row0[i] + row0[i + 3] + row1[i] + row1[i + 3] + 2) >> 2);
                outRow[x + 1] = (byte)((row0[i + 1] + row0[i + 4] + row1[i + 1] + row1[i + 4] + 2) >> 2);
                outRow[x + 2] = (byte)((row0[i + 2] + row0[i + 5] + row1[i + 2] + row1[i + 5] + 2) >> 2);
            }
        }

        return new RgbImage(w, h, dst);
    }
}
