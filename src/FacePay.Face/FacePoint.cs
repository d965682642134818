namespace FacePay.Face;

/// <summary>A point in upright source-image pixels.</summary>
/// <param name="X">Horizontal position, 0 at the left.</param>
/// <param name="Y">Vertical position, 0 at the top.</param>
public readonly record struct FacePoint(double X, double Y);
