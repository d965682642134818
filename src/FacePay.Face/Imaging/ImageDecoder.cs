using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SkiaSharp;

namespace FacePay.Face.Imaging;

/// <summary>
/// Decodes JPEG, PNG and WebP uploads with SkiaSharp into upright RGB. The format is sniffed from the bytes (some
/// real files carry the wrong extension), limits are checked before pixels are allocated, EXIF orientation is
/// applied, and transparent pixels are composited onto white so an RGBA cut-out looks like a photo on a light wall.
/// </summary>
internal static class ImageDecoder
{
    /// <param name="bytes">The encoded upload.</param>
    /// <param name="maxBytes">Upload size limit.</param>
    /// <param name="maxPixels">Limit on the header's width × height.</param>
    /// <param name="decodeLongSide">
    /// When positive and the image's longer side exceeds it, JPEG and WebP are decoded at the smallest size the codec
    /// supports (JPEG: k/8 DCT scaling) whose longer side is still at least this many pixels: a 12-megapixel phone
    /// photo then costs a fraction of the time and memory, and faces keep far more pixels than the 112×112 crop needs.
    /// </param>
    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes, int maxBytes, long maxPixels, int decodeLongSide = 0)
    {
        if (bytes.IsEmpty)
        {
            return Reject(FaceRejectionReason.NotAnImage, "The upload is empty (0 bytes).");
        }

        if (bytes.Length > maxBytes)
        {
            return Reject(FaceRejectionReason.ImageTooLarge, $"The upload is {bytes.Length} bytes; the limit is {maxBytes} bytes.");
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return Reject(FaceRejectionReason.NotAnImage, "The upload is not a JPEG, PNG or WebP image (judged from its content).");
        }

        if (codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return Reject(FaceRejectionReason.NotAnImage, $"Image format {codec.EncodedFormat} is not accepted; send JPEG, PNG or WebP.");
        }

        var width = codec.Info.Width;
        var height = codec.Info.Height;
        if (width < 1 || height < 1)
        {
            return Reject(FaceRejectionReason.ImageCorrupt, "The image header declares no pixels.");
        }

        if ((long)width * height > maxPixels)
        {
            return Reject(FaceRejectionReason.ImageTooLarge, $"The image is {width}×{height} pixels; the limit is {maxPixels} pixels.");
        }

        var (decodeWidth, decodeHeight) = (width, height);
        if (decodeLongSide > 0 && Math.Max(width, height) > decodeLongSide)
        {
            var scaled = codec.GetScaledDimensions((float)decodeLongSide / Math.Max(width, height));
            if (scaled.Width >= 1 && scaled.Height >= 1 && scaled.Width <= width && scaled.Height <= height)
            {
                (decodeWidth, decodeHeight) = (scaled.Width, scaled.Height);
            }
        }

        var info = new SKImageInfo(decodeWidth, decodeHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        var rgba = ArrayPool<byte>.Shared.Rent(checked(decodeWidth * decodeHeight * 4));
        RgbImage upright;
        try
        {
            var result = codec.GetPixels(info, rgba);
            if (result != SKCodecResult.Success)
            {
                // IncompleteInput/ErrorInInput: Skia fills the missing part with grey; a half-grey face must not be matched.
                return Reject(FaceRejectionReason.ImageCorrupt, $"The image data is truncated or damaged ({result}).");
            }

            upright = Orient(rgba, decodeWidth, decodeHeight, codec.EncodedOrigin);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rgba);
        }

        var swapped = SwapsAxes(codec.EncodedOrigin);
        return new DecodeOutcome(
            upright,
            null,
            (double)width / decodeWidth,
            swapped ? height : width,
            swapped ? width : height);
    }

    private static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static DecodeOutcome Reject(FaceRejectionReason reason, string message) => new(null, new FaceRejection(reason, message));

    /// <summary>
    /// Converts premultiplied RGBA (<paramref name="rgba"/> may be longer than the image) to RGB over white and applies
    /// the EXIF orientation in one pass, into a rented image.
    /// </summary>
    internal static RgbImage Orient(byte[] rgba, int width, int height, SKEncodedOrigin origin)
    {
        var swap = SwapsAxes(origin);
        var outWidth = swap ? height : width;
        var outHeight = swap ? width : height;
        var image = RgbImage.Rent(outWidth, outHeight);
        var rgb = image.Span;
        if (origin == SKEncodedOrigin.TopLeft)
        {
            // Most uploads: a straight pass without per-pixel coordinate mapping.
            OverWhite(rgba.AsSpan(0, width * height * 4), rgb);
            return image;
        }

        for (var y = 0; y < outHeight; y++)
        {
            for (var x = 0; x < outWidth; x++)
            {
                // (sx, sy): the stored pixel that the upright image shows at (x, y).
                var (sx, sy) = origin switch
                {
                    SKEncodedOrigin.TopRight => (width - 1 - x, y),
                    SKEncodedOrigin.BottomRight => (width - 1 - x, height - 1 - y),
                    SKEncodedOrigin.BottomLeft => (x, height - 1 - y),
                    SKEncodedOrigin.LeftTop => (y, x),
                    SKEncodedOrigin.RightTop => (y, height - 1 - x),
                    SKEncodedOrigin.RightBottom => (width - 1 - y, height - 1 - x),
                    SKEncodedOrigin.LeftBottom => (width - 1 - y, x),
                    _ => (x, y),
                };
                var s = ((sy * width) + sx) * 4;
                var a = 255 - rgba[s + 3];
                var o = ((y * outWidth) + x) * 3;
                rgb[o] = (byte)(rgba[s] + a);
                rgb[o + 1] = (byte)(rgba[s + 1] + a);
                rgb[o + 2] = (byte)(rgba[s + 2] + a);
            }
        }

        return image;
    }

    /// <summary>
    /// Premultiplied RGBA to RGB over white, pixel for pixel: c + (255 − a). Premultiplied channels never exceed
    /// alpha, so the byte sum cannot wrap. Four pixels per step with one byte shuffle (the decode of a megapixel photo
    /// otherwise spends milliseconds here); the scalar loop finishes the tail.
    /// </summary>
    internal static void OverWhite(ReadOnlySpan<byte> rgba, Span<byte> rgb)
    {
        var s = 0;
        var o = 0;
        if (Ssse3.IsSupported)
        {
            var alphaToChannels = Vector128.Create((byte)3, 3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11, 15, 15, 15, 15);
            var dropAlpha = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 0xFF, 0xFF, 0xFF, 0xFF);

            // Each step stores 16 bytes of which 12 are pixels, so it stops while 16 bytes still fit.
            for (; s + 16 <= rgba.Length && o + 16 <= rgb.Length; s += 16, o += 12)
            {
                var pixels = Vector128.Create(rgba.Slice(s, 16));
                var white = Ssse3.Shuffle(Vector128<byte>.AllBitsSet - pixels, alphaToChannels);
                Ssse3.Shuffle(pixels + white, dropAlpha).CopyTo(rgb.Slice(o, 16));
            }
        }

        for (; o < rgb.Length; s += 4, o += 3)
        {
            var a = 255 - rgba[s + 3];
            rgb[o] = (byte)(rgba[s] + a);
            rgb[o + 1] = (byte)(rgba[s + 1] + a);
            rgb[o + 2] = (byte)(rgba[s + 2] + a);
        }
    }
}
