namespace FacePay.Face;

/// <summary>Result of comparing two templates.</summary>
/// <param name="Similarity">Cosine similarity, −1 to 1.</param>
/// <param name="Threshold">The configured match threshold used.</param>
/// <param name="IsMatch">True when <paramref name="Similarity"/> ≥ <paramref name="Threshold"/>.</param>
public sealed record FaceMatch(double Similarity, double Threshold, bool IsMatch);
