namespace FacePay.Face.Tests;

public sealed class FaceEmbeddingTests
{
    [Fact]
    public void Values_are_normalised_to_unit_length()
    {
        var e = FaceEmbedding.FromValues(Enumerable.Range(1, FaceEmbedding.Dimensions).Select(i => (float)i).ToArray());

        Assert.Equal(1.0, Math.Sqrt(e.Values.ToArray().Sum(v => (double)v * v)), 5);
    }

    [Fact]
    public void Bytes_round_trip_exactly()
    {
        var random = new Random(3);
        var e = FaceEmbedding.FromValues(Enumerable.Range(0, FaceEmbedding.Dimensions).Select(_ => (float)random.NextDouble() - 0.5f).ToArray());

        var bytes = e.ToBytes();

        Assert.Equal(2048, bytes.Length);
        Assert.Equal(e.Values.ToArray(), FaceEmbedding.FromBytes(bytes).Values.ToArray());
    }

    [Theory]
    [InlineData(511)]
    [InlineData(513)]
    public void Wrong_dimension_is_refused(int length)
    {
        Assert.Throws<ArgumentException>(() => FaceEmbedding.FromValues(new float[length]));
    }

    [Fact]
    public void Zero_or_non_finite_vector_is_refused()
    {
        var nan = new float[FaceEmbedding.Dimensions];
        nan[10] = float.NaN;

        Assert.Throws<ArgumentException>(() => FaceEmbedding.FromValues(new float[FaceEmbedding.Dimensions]));
        Assert.Throws<ArgumentException>(() => FaceEmbedding.FromValues(nan));
    }

    [Fact]
    public void Matcher_decides_by_its_configured_threshold()
    {
        var a = new float[FaceEmbedding.Dimensions];
        var b = new float[FaceEmbedding.Dimensions];
        a[0] = 1;
        b[0] = 0.6f;
        b[1] = 0.8f; // cosine 0.6 exactly (up to float rounding)
        var matcher = new FaceMatcher(Microsoft.Extensions.Options.Options.Create(new FaceModelOptions { MatchThreshold = 0.59 }));
        var stricter = new FaceMatcher(Microsoft.Extensions.Options.Options.Create(new FaceModelOptions { MatchThreshold = 0.61 }));

        Assert.True(matcher.Compare(FaceEmbedding.FromValues(a), FaceEmbedding.FromValues(b)).IsMatch);
        Assert.False(stricter.Compare(FaceEmbedding.FromValues(a), FaceEmbedding.FromValues(b)).IsMatch);
        Assert.Equal(0.6, matcher.Compare(FaceEmbedding.FromValues(a), FaceEmbedding.FromValues(b)).Similarity, 6);
    }
}
