namespace FacePay.Face;

/// <summary>A rejection code and a human-readable explanation (never containing image data).</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="Message">What was wrong and, where useful, what the user can do.</param>
public sealed record FaceRejection(FaceRejectionReason Reason, string Message);
