namespace FacePay.Face;

/// <summary>Wall-clock milliseconds spent in each stage of one analysis (0 for stages not reached).</summary>
/// <param name="DecodeMs">Sniff, decode, orient.</param>
/// <param name="DetectMs">Resize to 320×240, detector, NMS.</param>
/// <param name="LandmarkMs">68-point landmarks.</param>
/// <param name="LivenessMs">Anti-spoofing model.</param>
/// <param name="EmbeddingMs">Alignment warp and embedding model.</param>
public sealed record FaceStageTimings(double DecodeMs, double DetectMs, double LandmarkMs, double LivenessMs, double EmbeddingMs)
{
    /// <summary>Sum of the stages.</summary>
    public double TotalMs => DecodeMs + DetectMs + LandmarkMs + LivenessMs + EmbeddingMs;
}
