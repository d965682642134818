namespace FacePay.Face.Tests;

/// <summary>1:1 verification on the labelled real photographs in tests/fixtures/faces/pairs.csv.</summary>
[Collection(FaceModelsCollection.Name)]
public sealed class FaceVerificationTests(FaceModelsFixture models)
{
    public static TheoryData<string, string> SamePersonPairs() => PairsWhere(same: true);

    public static TheoryData<string, string> DifferentPersonPairs() => PairsWhere(same: false);

    [Theory]
    [MemberData(nameof(SamePersonPairs))]
    public void Same_person_pair_matches_at_the_configured_threshold(string a, string b)
    {
        var match = models.Matcher.Compare(Embed(a), Embed(b));

        Assert.True(match.IsMatch, $"{a} vs {b}: cosine {match.Similarity:0.000} < threshold {match.Threshold:0.000}");
        Assert.Equal(models.Options.MatchThreshold, match.Threshold);
    }

    [Theory]
    [MemberData(nameof(DifferentPersonPairs))]
    public void Different_person_pair_does_not_match_at_the_configured_threshold(string a, string b)
    {
        var match = models.Matcher.Compare(Embed(a), Embed(b));

        Assert.False(match.IsMatch, $"{a} vs {b}: cosine {match.Similarity:0.000} ≥ threshold {match.Threshold:0.000}");
    }

    [Fact]
    public void Pairs_file_holds_both_kinds_of_pair()
    {
        var pairs = Fixtures.Pairs();

        Assert.Equal(8, pairs.Count(p => p.SamePerson));
        Assert.Equal(10, pairs.Count(p => !p.SamePerson));
    }

    [Fact]
    public void Photo_compared_with_itself_has_similarity_one()
    {
        var e = Embed("obama_1.jpg");

        Assert.Equal(1.0, models.Matcher.Compare(e, e).Similarity, 5);
    }

    [Fact]
    public void Accepted_analysis_reports_box_landmarks_liveness_quality_and_a_unit_embedding()
    {
        var analysis = models.Analyzer.Analyze(Fixtures.Read("obama_1.jpg"));

        Assert.Equal(FaceAnalysisStatus.Accepted, analysis.Status);
        Assert.Null(analysis.Rejection);
        Assert.NotNull(analysis.Box);
        Assert.Equal(68, analysis.Landmarks.Count);
        Assert.Equal(5, analysis.AlignmentPoints.Count);
        Assert.InRange(analysis.Liveness!.Value, models.Options.LivenessThreshold, 1.0);
        Assert.NotNull(analysis.Quality);
        var values = analysis.Embedding!.Values;
        Assert.Equal(FaceEmbedding.Dimensions, values.Length);
        Assert.Equal(1.0, Math.Sqrt(values.ToArray().Sum(v => (double)v * v)), 4);

        // The five alignment points must lie inside the face box, eyes above the mouth.
        var box = analysis.Box.Value;
        Assert.All(analysis.AlignmentPoints, p => Assert.True(p.X > box.Left && p.X < box.Right && p.Y > box.Top && p.Y < box.Bottom, $"{p} outside {box}"));
        Assert.True(analysis.AlignmentPoints[0].X < analysis.AlignmentPoints[1].X, "left eye should be left of right eye");
        Assert.True(analysis.AlignmentPoints[0].Y < analysis.AlignmentPoints[3].Y, "eyes should be above the mouth");
    }

    private FaceEmbedding Embed(string photo)
    {
        var analysis = models.Analyzer.Analyze(Fixtures.Read(photo));
        Assert.True(analysis.IsAccepted, $"{photo} rejected: {analysis.Rejection}");
        return analysis.Embedding!;
    }

    private static TheoryData<string, string> PairsWhere(bool same)
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Fixtures.Pairs().Where(p => p.SamePerson == same))
        {
            data.Add(pair.A, pair.B);
        }

        return data;
    }
}
