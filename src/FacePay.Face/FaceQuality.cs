namespace FacePay.Face;

/// <summary>Measurements of the accepted face, for logs, dashboards and future gates.</summary>
/// <param name="DetectionScore">Detector confidence, 0–1.</param>
/// <param name="FaceSize">Side of the detected face box in source pixels.</param>
/// <param name="Sharpness">Variance of the Laplacian of the aligned 112×112 grey face; low values mean blur.</param>
public sealed record FaceQuality(double DetectionScore, double FaceSize, double Sharpness);
