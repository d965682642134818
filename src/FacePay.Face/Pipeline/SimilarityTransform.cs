using FacePay.Face.Imaging;

namespace FacePay.Face.Pipeline;

/// <summary>
/// Least-squares similarity transform (rotation, uniform scale, translation; no reflection) between point sets —
/// Umeyama's method specialised to 2-D, where the optimal rotation and scale have a closed form:
/// with both sets centred, a = Σ(p·q), b = Σ(p × q), σ² = Σ|p|², the map is q ≈ [[a, −b], [b, a]]/σ² · p + t.
/// Unlike an exact 3-point affine, it spreads landmark noise over all five points and cannot shear the face.
/// </summary>
internal static class SimilarityTransform
{
    public static Affine2D Estimate(ReadOnlySpan<FacePoint> source, ReadOnlySpan<FacePoint> target)
    {
        if (source.Length != target.Length || source.Length < 2)
        {
            throw new ArgumentException("Need at least two corresponding points.");
        }

        var n = source.Length;
        double spx = 0, spy = 0, sqx = 0, sqy = 0;
        for (var i = 0; i < n; i++)
        {
            spx += source[i].X;
            spy += source[i].Y;
            sqx += target[i].X;
            sqy += target[i].Y;
        }

        var mpx = spx / n;
        var mpy = spy / n;
        var mqx = sqx / n;
        var mqy = sqy / n;

        double a = 0, b = 0, variance = 0;
        for (var i = 0; i < n; i++)
        {
            var px = source[i].X - mpx;
            var py = source[i].Y - mpy;
            var qx = target[i].X - mqx;
            var qy = target[i].Y - mqy;
            a += (px * qx) + (py * qy);
            b += (px * qy) - (py * qx);
            variance += (px * px) + (py * py);
        }

        if (variance < 1e-9)
        {
            throw new ArgumentException("Source points are all at one place.");
        }

        var c = a / variance;
        var s = b / variance;
        return new Affine2D(c, -s, mqx - ((c * mpx) - (s * mpy)), s, c, mqy - ((s * mpx) + (c * mpy)));
    }
}
