using System.Buffers;

namespace FacePay.Face.Imaging;

/// <summary>
/// An upright 8-bit RGB image, rows top to bottom, 3 bytes per pixel with no padding. A rented image's buffer comes
/// from the shared pool and may be longer than Width × Height × 3; its owner gives it back with
/// <see cref="ReturnToPool"/> (a megapixel photo's fresh buffer costs page faults on every check).
/// </summary>
internal sealed class RgbImage
{
    private bool pooled;

    public RgbImage(int width, int height, byte[] pixels)
        : this(width, height, pixels, pooled: false)
    {
    }

    private RgbImage(int width, int height, byte[] pixels, bool pooled)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pooled ? pixels.Length < checked(width * height * 3) : pixels.Length != checked(width * height * 3))
        {
            throw new ArgumentException("Pixel buffer does not match width × height × 3.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
        this.pooled = pooled;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixels; at least Width × Height × 3 bytes (exactly that unless rented).</summary>
    public byte[] Pixels { get; }

    /// <summary>The image's Width × Height × 3 bytes.</summary>
    public Span<byte> Span => Pixels.AsSpan(0, Width * Height * 3);

    /// <summary>An image whose buffer is rented from the shared pool; its contents are undefined until written.</summary>
    public static RgbImage Rent(int width, int height) =>
        new(width, height, ArrayPool<byte>.Shared.Rent(checked(width * height * 3)), pooled: true);

    /// <summary>Gives a rented buffer back (once); the image must not be read afterwards. No-op for other images.</summary>
    public void ReturnToPool()
    {
        if (pooled)
        {
            pooled = false;
            ArrayPool<byte>.Shared.Return(Pixels);
        }
    }
}
