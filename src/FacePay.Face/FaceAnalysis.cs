namespace FacePay.Face;

/// <summary>
/// Result of analysing one capture. When <see cref="Status"/> is <see cref="FaceAnalysisStatus.Accepted"/>,
/// <see cref="Embedding"/> is set; otherwise <see cref="Rejection"/> says why, and the fields of the stages that
/// ran are filled in (for example the box of a face that was too small).
/// </summary>
public sealed record FaceAnalysis
{
    /// <summary>Accepted or rejected.</summary>
    public required FaceAnalysisStatus Status { get; init; }

    /// <summary>Why the capture was rejected; null when accepted.</summary>
    public FaceRejection? Rejection { get; init; }

    /// <summary>Upright image width in pixels (0 when the image did not decode).</summary>
    public int ImageWidth { get; init; }

    /// <summary>Upright image height in pixels (0 when the image did not decode).</summary>
    public int ImageHeight { get; init; }

    /// <summary>Number of faces the detector found after non-maximum suppression.</summary>
    public int FaceCount { get; init; }

    /// <summary>Every face the detector found, largest first (the first is the dominant face of <see cref="Box"/>).</summary>
    public IReadOnlyList<FaceDetection> Detections { get; init; } = [];

    /// <summary>The dominant face's box as the detector reported it.</summary>
    public FaceBox? Box { get; init; }

    /// <summary>The 68 landmarks (empty when that stage was not reached).</summary>
    public IReadOnlyList<FacePoint> Landmarks { get; init; } = [];

    /// <summary>The 5 alignment points: left eye, right eye, nose tip, left and right mouth corner.</summary>
    public IReadOnlyList<FacePoint> AlignmentPoints { get; init; } = [];

    /// <summary>Probability that the capture shows a live face (null when that stage was not reached).</summary>
    public double? Liveness { get; init; }

    /// <summary>Quality measurements of the dominant face.</summary>
    public FaceQuality? Quality { get; init; }

    /// <summary>The face template; set only when accepted.</summary>
    public FaceEmbedding? Embedding { get; init; }

    /// <summary>Milliseconds per stage.</summary>
    public required FaceStageTimings Timings { get; init; }

    /// <summary>True when <see cref="Status"/> is <see cref="FaceAnalysisStatus.Accepted"/>.</summary>
    public bool IsAccepted => Status == FaceAnalysisStatus.Accepted;
}
