namespace FacePay.Face;

/// <summary>Outcome of <see cref="FaceAnalyzer.Analyze"/>.</summary>
public enum FaceAnalysisStatus
{
    /// <summary>Exactly one usable live face; an embedding was computed.</summary>
    Accepted = 1,

    /// <summary>A quality gate failed; see <see cref="FaceAnalysis.Rejection"/>.</summary>
    Rejected = 2,
}
