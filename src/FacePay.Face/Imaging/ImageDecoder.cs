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
        var rgba = GC.AllocateUninitializedArray<byte>(checked(decodeWidth * decodeHeight * 4));
        var result = codec.GetPixels(info, rgba);

        if (result != SKCodecResult.Success)
        {
            // IncompleteInput/ErrorInInput: Skia fills the missing part with grey; a half-grey face must not be matched.
            return Reject(FaceRejectionReason.ImageCorrupt, $"The image data is truncated or damaged ({result}).");
        }

        var upright = Orient(rgba, decodeWidth, decodeHeight, codec.EncodedOrigin);
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

    /// <summary>Converts premultiplied RGBA to RGB over white and applies the EXIF orientation in one pass.</summary>
    internal static RgbImage Orient(byte[] rgba, int width, int height, SKEncodedOrigin origin)
    {
        var swap = SwapsAxes(origin);
        var outWidth = swap ? height : width;
        var outHeight = swap ? width : height;
        var rgb = GC.AllocateUninitializedArray<byte>(checked(outWidth * outHeight * 3));
        if (origin == SKEncodedOrigin.TopLeft)
        {
            // Most uploads: a straight pass without per-pixel coordinate mapping.
            for (int s = 0, o = 0; o < rgb.Length; s += 4, o += 3)
            {
                var a = 255 - rgba[s + 3];
                rgb[o] = (byte)(rgba[s] + a);
                rgb[o + 1] = (byte)(rgba[s + 1] + a);
                rgb[o + 2] = (byte)(rgba[s + 2] + a);
            }

            return new RgbImage(outWidth, outHeight, rgb);
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

        return new RgbImage(outWidth, outHeight, rgb);
    }
}
