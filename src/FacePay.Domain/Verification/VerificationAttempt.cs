namespace FacePay.Domain.Verification;

/// <summary>One analysed capture. The image itself is never kept; only its SHA-256 (for replay detection).</summary>
/// <param name="Number">1-based attempt number within the session.</param>
/// <param name="At">When the attempt was recorded.</param>
/// <param name="ImageSha256">Lower-case hex SHA-256 of the submitted bytes.</param>
/// <param name="Outcome">Matched, not matched, or rejected by a quality gate.</param>
/// <param name="Similarity">Cosine similarity with the template, when a face was compared.</param>
/// <param name="Liveness">Liveness score, when that stage ran.</param>
/// <param name="Reason">A short code for the rejection (for example <c>LivenessTooLow</c>), if any.</param>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationAttempt")]
public sealed record VerificationAttempt(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string ImageSha256,
    [property: Id(3)] AttemptOutcome Outcome,
    [property: Id(4)] double? Similarity,
    [property: Id(5)] double? Liveness,
    [property: Id(6)] string? Reason);
