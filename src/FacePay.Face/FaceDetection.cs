namespace FacePay.Face;

/// <summary>One face the detector found (after non-maximum suppression), in upright source-image pixels.</summary>
/// <param name="Box">The raw detector box (may extend past the image border).</param>
/// <param name="Score">Detector confidence, 0–1.</param>
public sealed record FaceDetection(FaceBox Box, double Score);
