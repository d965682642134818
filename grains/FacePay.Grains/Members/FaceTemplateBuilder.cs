using FacePay.Face;

namespace FacePay.Grains.Members;

/// <summary>Builds an enrolment template from several embeddings of the same person.</summary>
public static class FaceTemplateBuilder
{
    /// <summary>
    /// The L2-normalised mean of <paramref name="embeddings"/>: averaging unit vectors of one face cancels some of each
    /// photo's pose and lighting noise, and re-normalising keeps cosine similarity a plain dot product.
    /// </summary>
    /// <exception cref="ArgumentException">No embeddings.</exception>
    public static FaceEmbedding Mean(IReadOnlyList<FaceEmbedding> embeddings)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Count == 0)
        {
            throw new ArgumentException("A template needs at least one embedding.", nameof(embeddings));
        }

        var sum = new float[FaceEmbedding.Dimensions];
        foreach (var embedding in embeddings)
        {
            var values = embedding.Values;
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += values[i];
            }
        }

        return FaceEmbedding.FromValues(sum);
    }
}
