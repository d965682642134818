using System.Diagnostics;
using FacePay.Contracts.Verification;
using FacePay.Face;
using FacePay.Grains.Telemetry;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace FacePay.Grains.Face;

/// <summary>
/// Runs the face pipeline for sessions and enrolments on the calling silo. Stateless: activations are local and
/// share one <see cref="IFaceAnalyzer"/> (ONNX sessions loaded on the first check) and the silo's
/// <see cref="FaceCheckLimiter"/>. The image is neither stored nor logged.
/// </summary>
[StatelessWorker]
public sealed partial class FaceCheckWorker(IFaceAnalyzer analyzer, FaceCheckLimiter limiter, ILogger<FaceCheckWorker> logger, FaceCheckMetrics? metrics = null)
    : Grain, IFaceCheckWorker
{
    private static readonly FaceCheckResult Busy = new()
    {
        Status = FaceCheckStatus.Busy,
        Message = "The face checker is at capacity; retry in a moment.",
    };

    /// <inheritdoc />
    public async Task<FaceCheckResult> CheckAsync(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var result = await limiter.TryRunAsync(() => Analyze(image));
        if (result is null)
        {
            LogBusy(limiter.Pending);
            metrics?.Record(Busy);
            return Busy;
        }

        metrics?.Record(result);
        return result;
    }

    private FaceCheckResult Analyze(byte[] image)
    {
        var clock = Stopwatch.StartNew();
        var analysis = analyzer.Analyze(image);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (analysis.IsAccepted && analysis.Embedding is { } embedding)
        {
            return new FaceCheckResult
            {
                Status = FaceCheckStatus.Accepted,
                Liveness = analysis.Liveness,
                Embedding = embedding.ToBytes(),
                AnalysisMs = elapsed,
            };
        }

        return new FaceCheckResult
        {
            Status = FaceCheckStatus.Rejected,
            Reason = ToReason(analysis.Rejection?.Reason),
            Message = analysis.Rejection?.Message ?? "The image was not accepted.",
            Liveness = analysis.Liveness,
            AnalysisMs = elapsed,
        };
    }

    /// <summary>Maps the face library's rejection code onto the wire code (the same numbers, checked by a test).</summary>
    public static FaceCheckReason ToReason(FaceRejectionReason? reason) => reason switch
    {
        FaceRejectionReason.NotAnImage => FaceCheckReason.NotAnImage,
        FaceRejectionReason.ImageCorrupt => FaceCheckReason.ImageCorrupt,
        FaceRejectionReason.ImageTooLarge => FaceCheckReason.ImageTooLarge,
        FaceRejectionReason.NoFace => FaceCheckReason.NoFace,
        FaceRejectionReason.MultipleFaces => FaceCheckReason.MultipleFaces,
        FaceRejectionReason.FaceTooSmall => FaceCheckReason.FaceTooSmall,
        FaceRejectionReason.FaceCutByFrame => FaceCheckReason.FaceCutByFrame,
        FaceRejectionReason.LivenessTooLow => FaceCheckReason.LivenessTooLow,
        _ => FaceCheckReason.NotAnImage,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Face check refused as busy: {Pending} checks running or queued.")]
    private partial void LogBusy(int pending);
}
