namespace FacePay.Contracts.Verification;

/// <summary>
/// Runs the face pipeline (decode, detect, gates, landmarks, liveness, embedding) on one image. A stateless worker:
/// activations are local to the calling silo and the work runs off the grain scheduler with bounded concurrency;
/// when the queue is full the answer is <see cref="FaceCheckStatus.Busy"/> at once instead of an ever-growing wait.
/// The image is neither stored nor logged.
/// </summary>
[Alias("FacePay.IFaceCheckWorker")]
public interface IFaceCheckWorker : IGrainWithIntegerKey
{
    /// <summary>Analyses an encoded JPEG, PNG or WebP image.</summary>
    [Alias("Check")]
    Task<FaceCheckResult> CheckAsync(byte[] image);
}
