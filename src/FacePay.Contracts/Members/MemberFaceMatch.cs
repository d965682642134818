namespace FacePay.Contracts.Members;

/// <summary>A probe embedding compared with the member's enrolled template.</summary>
/// <param name="Enrolled">False when the member has no template (then nothing was compared).</param>
/// <param name="Similarity">Cosine similarity, −1 to 1.</param>
/// <param name="Threshold">The configured match threshold.</param>
/// <param name="IsMatch">True when enrolled and <paramref name="Similarity"/> ≥ <paramref name="Threshold"/>.</param>
[GenerateSerializer, Immutable, Alias("FacePay.MemberFaceMatch")]
public sealed record MemberFaceMatch(
    [property: Id(0)] bool Enrolled,
    [property: Id(1)] double Similarity,
    [property: Id(2)] double Threshold,
    [property: Id(3)] bool IsMatch);
