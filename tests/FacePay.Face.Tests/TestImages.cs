using System.Buffers.Binary;
using SkiaSharp;

namespace FacePay.Face.Tests;

/// <summary>Builds test images with SkiaSharp and hand-written container bytes (EXIF segments, PNG headers).</summary>
internal static class TestImages
{
    /// <summary>
    /// Re-encodes an upright photo as a JPEG whose stored pixels are laid out for EXIF orientation
    /// <paramref name="orientation"/> (1–8), with that tag in an APP1 segment, so a correct decoder shows it upright.
    /// The stored layouts follow the EXIF 2.3 definition of the tag (row 0 / column 0 positions).
    /// </summary>
    public static byte[] JpegWithOrientation(byte[] uprightPhoto, int orientation)
    {
        using var upright = SKBitmap.Decode(uprightPhoto);
        float w = upright.Width, h = upright.Height;
        var swap = orientation >= 5;
        // Map from upright coordinates to stored coordinates: stored = M · upright.
        var m = orientation switch
        {
            1 => SKMatrix.Identity,
            2 => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            3 => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            4 => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            5 => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            6 => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            7 => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            8 => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(orientation)),
        };
        using var stored = new SKBitmap(swap ? upright.Height : upright.Width, swap ? upright.Width : upright.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(stored))
        {
            canvas.SetMatrix(m);
            using var image = SKImage.FromBitmap(upright);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var jpeg = stored.Encode(SKEncodedImageFormat.Jpeg, 95);
        return InsertExifOrientation(jpeg.ToArray(), (ushort)orientation);
    }

    /// <summary>Inserts an APP1 "Exif" segment holding only the Orientation tag (0x0112) right after SOI.</summary>
    public static byte[] InsertExifOrientation(byte[] jpeg, ushort orientation)
    {
        if (jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            throw new ArgumentException("Not a JPEG.", nameof(jpeg));
        }

        var tiff = new byte[8 + 2 + 12 + 4];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8); // IFD0 offset
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1); // one entry
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112); // Orientation
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3); // SHORT
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1); // count
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        // bytes 22..25: next IFD offset 0

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>Re-encodes a photo in another format.</summary>
    public static byte[] Reencode(byte[] photo, SKEncodedImageFormat format)
    {
        using var bitmap = SKBitmap.Decode(photo);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A smooth colour gradient with no face in it.</summary>
    public static byte[] Gradient(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x * 255 / width), (byte)(y * 255 / height), 128));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// A PNG that declares <paramref name="width"/>×<paramref name="height"/> in its header but carries almost no pixel data:
    /// a decompression bomb must be refused from the header alone.
    /// </summary>
    public static byte[] PngHeaderOnly(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type RGB
        // A few rows' worth of compressed zeros: the decoder must not need more than the header to refuse it.
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[4096]);
        }

        return [.. new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, .. Chunk("IHDR", ihdr), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
