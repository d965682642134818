using System.Text;
using SkiaSharp;

namespace FacePay.Face.Tests;

/// <summary>Bad uploads are refused with a clear reason; odd but valid ones (EXIF rotation, RGBA, WebP named .jpg) work.</summary>
[Collection(FaceModelsCollection.Name)]
public sealed class ImageInputTests(FaceModelsFixture models)
{
    [Fact]
    public void Empty_upload_is_not_an_image()
    {
        var analysis = models.Analyzer.Analyze(ReadOnlyMemory<byte>.Empty);

        AssertRejected(analysis, FaceRejectionReason.NotAnImage, "empty");
    }

    [Fact]
    public void Text_file_named_jpg_is_not_an_image()
    {
        var bytes = Encoding.UTF8.GetBytes("This is a text file that someone renamed to face.jpg\n");

        AssertRejected(models.Analyzer.Analyze(bytes), FaceRejectionReason.NotAnImage, "not a JPEG");
    }

    [Fact]
    public void Truncated_jpeg_is_rejected_as_corrupt()
    {
        var photo = Fixtures.Read("obama_1.jpg");
        var truncated = photo[..(photo.Length / 2)];

        AssertRejected(models.Analyzer.Analyze(truncated), FaceRejectionReason.ImageCorrupt, "truncated");
    }

    [Fact]
    public void Upload_over_the_byte_limit_is_rejected_before_decoding()
    {
        var small = models.AnalyzerWith(o => o.MaxImageBytes = 100_000);
        var photo = Fixtures.Read("obama_3.jpg"); // ≈ 596 kB

        var analysis = small.Analyze(photo);

        AssertRejected(analysis, FaceRejectionReason.ImageTooLarge, "100000 bytes");
        Assert.Equal(0, analysis.ImageWidth);
    }

    [Fact]
    public void Image_over_the_pixel_limit_is_rejected()
    {
        var small = models.AnalyzerWith(o => o.MaxPixels = 1_000_000);

        AssertRejected(small.Analyze(Fixtures.Read("obama_3.jpg")), FaceRejectionReason.ImageTooLarge, "1434×2333");
    }

    [Fact]
    public void Decompression_bomb_is_refused_from_its_header()
    {
        // 30,000 × 30,000 pixels declared in a PNG of a few dozen bytes: decoding it would need 3.6 GB.
        var bomb = TestImages.PngHeaderOnly(30_000, 30_000);
        Assert.True(bomb.Length < 200);

        AssertRejected(models.Analyzer.Analyze(bomb), FaceRejectionReason.ImageTooLarge, "30000×30000");
    }

    [Fact]
    public void Unsupported_image_format_is_refused()
    {
        var gif = TestImages.Reencode(Fixtures.Read("obama_4_240p.jpg"), SKEncodedImageFormat.Png);
        // A minimal GIF header: Skia recognises GIF, the pipeline accepts only JPEG/PNG/WebP.
        var gifBytes = "GIF89a"u8.ToArray().Concat(new byte[] { 1, 0, 1, 0, 0, 0, 0, 0x3B }).ToArray();

        Assert.True(models.Analyzer.Analyze(gif).IsAccepted);
        Assert.Equal(FaceRejectionReason.NotAnImage, models.Analyzer.Analyze(gifBytes).Rejection?.Reason);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Exif_oriented_jpeg_is_turned_upright_before_detection(int orientation)
    {
        var photo = Fixtures.Read("obama_4_240p.jpg");
        var upright = models.Analyzer.Analyze(TestImages.JpegWithOrientation(photo, 1));
        var rotated = models.Analyzer.Analyze(TestImages.JpegWithOrientation(photo, orientation));

        Assert.True(rotated.IsAccepted, $"orientation {orientation}: {rotated.Rejection}");
        Assert.Equal(upright.ImageWidth, rotated.ImageWidth);
        Assert.Equal(upright.ImageHeight, rotated.ImageHeight);
        // Same place in the upright frame (a missed mirror would move the face sideways) ...
        var a = upright.Box!.Value;
        var b = rotated.Box!.Value;
        Assert.InRange((b.Left + b.Right - a.Left - a.Right) / 2, -0.03 * upright.ImageWidth, 0.03 * upright.ImageWidth);
        Assert.InRange((b.Top + b.Bottom - a.Top - a.Bottom) / 2, -0.03 * upright.ImageHeight, 0.03 * upright.ImageHeight);
        // ... and the same person.
        Assert.True(upright.Embedding!.CosineSimilarity(rotated.Embedding!) > 0.9);
    }

    [Fact]
    public void Large_jpeg_decoded_at_reduced_size_reports_full_size_geometry()
    {
        var photo = Fixtures.Read("obama_3.jpg"); // 1434×2333, decoded at 3/8 by default (long side ≥ 640)
        var full = models.AnalyzerWith(o => o.DecodeLongSide = 0).Analyze(photo);
        var reduced = models.Analyzer.Analyze(photo);

        Assert.True(reduced.IsAccepted, reduced.Rejection?.Message);
        Assert.Equal((1434, 2333), (reduced.ImageWidth, reduced.ImageHeight));
        Assert.Equal((full.ImageWidth, full.ImageHeight), (reduced.ImageWidth, reduced.ImageHeight));
        var a = full.Box!.Value;
        var b = reduced.Box!.Value;
        Assert.InRange(b.Left - a.Left, -0.05 * a.Width, 0.05 * a.Width);
        Assert.InRange(b.Bottom - a.Bottom, -0.05 * a.Height, 0.05 * a.Height);
        Assert.InRange(reduced.Quality!.FaceSize / full.Quality!.FaceSize, 0.95, 1.05);
        Assert.InRange(reduced.AlignmentPoints[2].X - full.AlignmentPoints[2].X, -0.05 * a.Width, 0.05 * a.Width);
        Assert.True(full.Embedding!.CosineSimilarity(reduced.Embedding!) > 0.9);
    }

    [Fact]
    public void A_face_left_small_by_the_reduced_decode_is_read_from_a_larger_decode()
    {
        // harington_1 is 1200×599 with a 165-pixel face: the 640 decode (5/8) leaves it 103 pixels, under 112.
        var photo = Fixtures.Read("harington_1.jpg");
        var full = models.AnalyzerWith(o => o.DecodeLongSide = 0).Analyze(photo);
        var redecoded = models.AnalyzerWith(o => (o.DecodeLongSide, o.DecodeMinFaceSide) = (640, 112)).Analyze(photo);
        var reducedOnly = models.AnalyzerWith(o => (o.DecodeLongSide, o.DecodeMinFaceSide) = (640, 32)).Analyze(photo);

        Assert.True(redecoded.IsAccepted, redecoded.Rejection?.Message);
        Assert.Equal(reducedOnly.Box, redecoded.Box); // one detection, reported in full-size pixels either way
        var closer = redecoded.Embedding!.CosineSimilarity(full.Embedding!);
        var farther = reducedOnly.Embedding!.CosineSimilarity(full.Embedding!);
        Assert.True(closer > farther, $"re-decoded {closer:0.0000} vs reduced {farther:0.0000} (cosine to the full-size decode)");
        Assert.True(closer > 0.99, $"re-decoded template {closer:0.0000} of the full-size one");
    }

    [Theory]
    [InlineData(165, 1200, 112, 815)]
    [InlineData(165, 1200, 96, 699)]
    [InlineData(1000, 1200, 112, 135)]
    [InlineData(80, 1200, 112, 1200)] // the face needs more than the full size: full size
    public void The_larger_decode_gives_the_face_the_wanted_pixels(double face, int longSide, int minFace, int expected) =>
        Assert.Equal(expected, FaceAnalyzer.LongSideFor(face, longSide, minFace));

    [Fact]
    public void Rgba_png_with_transparency_is_analysed()
    {
        var bytes = Fixtures.Read("lacamoire_2.png");
        using (var codec = SKCodec.Create(SKData.CreateCopy(bytes)))
        {
            Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
            Assert.NotEqual(SKAlphaType.Opaque, codec.Info.AlphaType);
        }

        Assert.True(models.Analyzer.Analyze(bytes).IsAccepted);
    }

    [Fact]
    public void Webp_with_a_jpg_name_is_recognised_by_content()
    {
        var jpeg = Fixtures.Read("obama_1.jpg");
        var webp = TestImages.Reencode(jpeg, SKEncodedImageFormat.Webp);
        Assert.Equal((byte)'R', webp[0]); // RIFF....WEBP, whatever the file would be called

        var fromJpeg = models.Analyzer.Analyze(jpeg);
        var fromWebp = models.Analyzer.Analyze(webp);

        Assert.True(fromWebp.IsAccepted, fromWebp.Rejection?.Message);
        Assert.True(fromJpeg.Embedding!.CosineSimilarity(fromWebp.Embedding!) > 0.9);
    }

    private static void AssertRejected(FaceAnalysis analysis, FaceRejectionReason reason, string messagePart)
    {
        Assert.Equal(FaceAnalysisStatus.Rejected, analysis.Status);
        Assert.Equal(reason, analysis.Rejection?.Reason);
        Assert.Contains(messagePart, analysis.Rejection!.Message, StringComparison.Ordinal);
        Assert.Null(analysis.Embedding);
    }
}
