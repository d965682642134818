namespace FacePay.Contracts.Verification;

/// <summary>
/// What <see cref="IFaceCheckWorker"/> found in one image. Carries the embedding (biometric data: never log it) but
/// never the image.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.FaceCheckResult")]
public sealed record FaceCheckResult
{
    /// <summary>Accepted, rejected by a quality gate, or not analysed because the checker was busy.</summary>
    [Id(0)]
    public required FaceCheckStatus Status { get; init; }

    /// <summary>The rejection code (<see cref="FaceCheckReason.None"/> unless rejected).</summary>
    [Id(1)]
    public FaceCheckReason Reason { get; init; }

    /// <summary>What was wrong and what the user can do; empty when accepted.</summary>
    [Id(2)]
    public string Message { get; init; } = string.Empty;

    /// <summary>Live-face probability, when the liveness stage ran.</summary>
    [Id(3)]
    public double? Liveness { get; init; }

    /// <summary>The 512-d unit embedding as 2048 little-endian float32 bytes; set only when accepted.</summary>
    [Id(4)]
    public byte[]? Embedding { get; init; }

    /// <summary>Milliseconds spent analysing (queue wait excluded).</summary>
    [Id(5)]
    public double AnalysisMs { get; init; }

    /// <summary>True when accepted.</summary>
    public bool IsAccepted => Status == FaceCheckStatus.Accepted;
}
