using SkiaSharp;

namespace FacePay.Face.Imaging;

/// <summary>
/// Decodes JPEG, PNG and WebP uploads with SkiaSharp into upright RGB. The format is sniffed from the bytes (some
/// real files carry the wrong extension), limits are checked before pixels are allocated, EXIF orientation is
/// applied, and transparent pixels are composited onto white so an RGBA cut-out looks like a photo on a light wall.
/// </summary>
internal static class ImageDecoder
{
    public static DecodeOutcome Decode(ReadOnlySpan<byte> bytes, int maxBytes, long maxPixels)
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

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var rgba = GC.AllocateUninitializedArray<byte>(checked(width * height * 4));
        var result = codec.GetPixels(info, rgba);

        if (result != SKCodecResult.Success)
        {
            // IncompleteInput/ErrorInInput: Skia fills the missing part with grey; a half-grey face must not be matched.
            return Reject(FaceRejectionReason.ImageCorrupt, $"The image data is truncated or damaged ({result}).");
        }

        return new DecodeOutcome(Orient(rgba, width, height, codec.EncodedOrigin), null);
    }

    private static DecodeOutcome Reject(FaceRejectionReason reason, string message) => new(null, new FaceRejection(reason, message));

    /// <summary>Converts premultiplied RGBA to RGB over white and applies the EXIF orientation in one pass.</summary>
    internal static RgbImage Orient(byte[] rgba, int width, int height, SKEncodedOrigin origin)
    {
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
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
