namespace FacePay.Face.Tests;

/// <summary>Each quality gate rejects with its own reason code and a message a user can act on.</summary>
[Collection(FaceModelsCollection.Name)]
public sealed class QualityGateTests(FaceModelsFixture models)
{
    [Fact]
    public void Two_people_in_the_frame_are_rejected_as_multiple_faces()
    {
        var analysis = models.Analyzer.Analyze(Fixtures.Read("two_people.jpg"));

        AssertRejected(analysis, FaceRejectionReason.MultipleFaces);
        Assert.Equal(2, analysis.FaceCount);
        Assert.Null(analysis.Embedding);
    }

    [Fact]
    public void Weak_detection_in_the_background_does_not_count_as_a_second_face()
    {
        // biden_2.jpg: one person before a painting; the detector also fires (score ≈ 0.91) on the painting.
        var analysis = models.Analyzer.Analyze(Fixtures.Read("biden_2.jpg"));

        Assert.True(analysis.IsAccepted, analysis.Rejection?.Message);
        Assert.True(analysis.FaceCount >= 2);
    }

    [Fact]
    public void Face_cut_by_the_frame_edge_is_rejected()
    {
        var analysis = models.Analyzer.Analyze(Fixtures.Read("obama_partial_face.jpg"));

        AssertRejected(analysis, FaceRejectionReason.FaceCutByFrame);
        Assert.True(analysis.Box!.Value.Left <= 0);
    }

    [Fact]
    public void Face_smaller_than_the_minimum_is_rejected()
    {
        // The face in obama_4_240p.jpg is ≈ 72 px; it passes the default minimum and fails a stricter one.
        var strict = models.AnalyzerWith(o => o.MinFaceSize = 100);

        Assert.True(models.Analyzer.Analyze(Fixtures.Read("obama_4_240p.jpg")).IsAccepted);
        var analysis = strict.Analyze(Fixtures.Read("obama_4_240p.jpg"));
        AssertRejected(analysis, FaceRejectionReason.FaceTooSmall);
        Assert.Contains("100", analysis.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Liveness_below_the_threshold_is_rejected_without_an_embedding()
    {
        // No spoof photographs are available offline, so the gate is proven by raising the threshold above the
        // score of a real photo: the analysis must stop at liveness and report the score it measured.
        var live = models.Analyzer.Analyze(Fixtures.Read("obama_3.jpg")).Liveness!.Value;
        var strict = models.AnalyzerWith(o => o.LivenessThreshold = Math.Min(1.0, live + 1e-4));

        var analysis = strict.Analyze(Fixtures.Read("obama_3.jpg"));

        AssertRejected(analysis, FaceRejectionReason.LivenessTooLow);
        Assert.Equal(live, analysis.Liveness!.Value, 6);
        Assert.Null(analysis.Embedding);
    }

    [Fact]
    public void Image_without_a_face_is_rejected_as_no_face()
    {
        var analysis = models.Analyzer.Analyze(TestImages.Gradient(640, 480));

        AssertRejected(analysis, FaceRejectionReason.NoFace);
        Assert.Equal(640, analysis.ImageWidth);
    }

    [Fact]
    public void Cancelled_analysis_stops_with_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => models.Analyzer.Analyze(Fixtures.Read("obama_1.jpg"), cancelled.Token));
    }

    [Theory]
    [InlineData("biden_1.jpg")]
    [InlineData("harington_1.jpg")]
    [InlineData("harington_2.jpg")]
    [InlineData("lacamoire_1.jpg")]
    [InlineData("lacamoire_2.png")]
    [InlineData("leslie_1.jpg")]
    [InlineData("leslie_2.jpg")]
    [InlineData("obama_1.jpg")]
    [InlineData("obama_2.jpg")]
    [InlineData("obama_3.jpg")]
    [InlineData("obama_4_240p.jpg")]
    public void Ordinary_single_face_photo_passes_every_gate(string photo)
    {
        var analysis = models.Analyzer.Analyze(Fixtures.Read(photo));

        Assert.True(analysis.IsAccepted, $"{photo}: {analysis.Rejection}");
    }

    private static void AssertRejected(FaceAnalysis analysis, FaceRejectionReason reason)
    {
        Assert.Equal(FaceAnalysisStatus.Rejected, analysis.Status);
        Assert.NotNull(analysis.Rejection);
        Assert.Equal(reason, analysis.Rejection.Reason);
        Assert.False(string.IsNullOrWhiteSpace(analysis.Rejection.Message));
    }
}
