using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FacePay.Face.Imaging;

/// <summary>
/// The decoded image plus successive 2×2 box-filtered halvings. Sampling a strongly shrunk region (the whole photo
/// to 320×240, a 400-pixel face to 64×64) reads from the level whose resolution is closest above the output, so
/// every output pixel costs at most 2×2 bilinear samples instead of one per source pixel it covers, without aliasing.
/// Levels are built on first use: the stages only ever read a few of them, so halvings nobody samples are skipped.
/// Not thread-safe: one analysis owns its pyramid and runs its stages one after another. The pyramid owns its images:
/// disposing it gives rented buffers (the decoder's and every halving) back to the pool.
/// </summary>
internal sealed class ImagePyramid : IDisposable
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

    public void Dispose()
    {
        foreach (var level in levels)
        {
            level.ReturnToPool();
        }

        levels.Clear();
    }

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
        var halved = RgbImage.Rent(w, h);
        var dst = halved.Pixels;
        ReadOnlySpan<byte> src = source.Pixels;
        var stride = source.Width * 3;
        for (var y = 0; y < h; y++)
        {
            // Row slices let the JIT drop most bounds checks in the inner loop.
            var row0 = src.Slice(2 * y * stride, stride);
            var row1 = src.Slice((2 * y * stride) + stride, stride);
            var outRow = dst.AsSpan(y * w * 3, w * 3);
            var done = Ssse3.IsSupported ? HalveRowVectorised(row0, row1, outRow) : 0;
            for (int x = done, i = 2 * done; x < outRow.Length; x += 3, i += 6)
            {
                outRow[x] = (byte)((row0[i] + row0[i + 3] + row1[i] + row1[i + 3] + 2) >> 2);
                outRow[x + 1] = (byte)((row0[i + 1] + row0[i + 4] + row1[i + 1] + row1[i + 4] + 2) >> 2);
                outRow[x + 2] = (byte)((row0[i + 2] + row0[i + 5] + row1[i + 2] + row1[i + 5] + 2) >> 2);
            }
        }

        return halved;
    }

    /// <summary>
    /// Three output pixels per step: the four 16-byte loads at a pixel pair and one pixel (3 bytes) further give, at
    /// every byte k, the sum of that channel over the 2×2 block starting there; bytes 0–2, 6–8 and 12–14 are the
    /// blocks of output pixels. The same rounded average as the scalar loop. Returns how many output bytes it wrote.
    /// </summary>
    private static int HalveRowVectorised(ReadOnlySpan<byte> row0, ReadOnlySpan<byte> row1, Span<byte> outRow)
    {
        var pick = Vector128.Create((byte)0, 1, 2, 6, 7, 8, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
        var two = Vector128.Create((ushort)2);
        var x = 0;

        // Input: 18 bytes consumed, 19 read; output: 9 bytes kept, 16 stored.
        for (var i = 0; i + 19 <= row0.Length && x + 16 <= outRow.Length; i += 18, x += 9)
        {
            var (a0, a1) = Vector128.Widen(Vector128.Create(row0.Slice(i, 16)));
            var (b0, b1) = Vector128.Widen(Vector128.Create(row0.Slice(i + 3, 16)));
            var (c0, c1) = Vector128.Widen(Vector128.Create(row1.Slice(i, 16)));
            var (d0, d1) = Vector128.Widen(Vector128.Create(row1.Slice(i + 3, 16)));
            var low = Vector128.ShiftRightLogical(a0 + b0 + c0 + d0 + two, 2);
            var high = Vector128.ShiftRightLogical(a1 + b1 + c1 + d1 + two, 2);
            Ssse3.Shuffle(Vector128.Narrow(low, high), pick).CopyTo(outRow.Slice(x, 16));
        }

        return x;
    }
}
