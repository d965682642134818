using Microsoft.Extensions.Options;

namespace FacePay.Face;

/// <summary>1:1 verification: cosine similarity against the configured <see cref="FaceModelOptions.MatchThreshold"/>.</summary>
public sealed class FaceMatcher
{
    private readonly double threshold;

    /// <summary>Creates a matcher with the configured threshold.</summary>
    public FaceMatcher(IOptions<FaceModelOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        threshold = options.Value.MatchThreshold;
    }

    /// <summary>Compares a probe with an enrolled template.</summary>
    public FaceMatch Compare(FaceEmbedding a, FaceEmbedding b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var similarity = a.CosineSimilarity(b);
        return new FaceMatch(similarity, threshold, similarity >= threshold);
    }
}
