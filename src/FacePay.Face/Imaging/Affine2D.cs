namespace FacePay.Face.Imaging;

/// <summary>
/// A 2-D affine map x' = A·x + B·y + C, y' = D·x + E·y + F, used to map output pixels back into the source image.
/// </summary>
internal readonly record struct Affine2D(double A, double B, double C, double D, double E, double F)
{
    public (double X, double Y) Apply(double x, double y) => ((A * x) + (B * y) + C, (D * x) + (E * y) + F);

    /// <summary>The map that sends the output rectangle [0,w)×[0,h) onto the source rectangle (x, y, width, height), pixel centres aligned as in a resize.</summary>
    public static Affine2D ForCrop(double x, double y, double width, double height, int outWidth, int outHeight)
    {
        var sx = width / outWidth;
        var sy = height / outHeight;
        return new Affine2D(sx, 0, x + (0.5 * sx) - 0.5, 0, sy, y + (0.5 * sy) - 0.5);
    }

    public Affine2D Inverse()
    {
        var det = (A * E) - (B * D);
        if (Math.Abs(det) < 1e-12)
        {
            throw new InvalidOperationException("Affine map is singular.");
        }

        var ia = E / det;
        var ib = -B / det;
        var id = -D / det;
        var ie = A / det;
        return new Affine2D(ia, ib, -((ia * C) + (ib * F)), id, ie, -((id * C) + (ie * F)));
    }
}
