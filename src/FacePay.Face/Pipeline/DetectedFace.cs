namespace FacePay.Face.Pipeline;

/// <summary>A detector hit in source pixels: the raw box (may extend past the border) and its score.</summary>
internal sealed record DetectedFace(FaceBox Box, double Score)
{
    /// <summary>Larger side of the raw box, the face size used by the gates.</summary>
    public double Side => Math.Max(Box.Width, Box.Height);

    /// <summary>
    /// The box the landmark and liveness models expect: a square of side = height around the centre, clamped to the
    /// image, snapped to whole pixels (as the models' reference code does).
    /// </summary>
    public FaceBox SquareClamped(int width, int height)
    {
        var side = Box.Height;
        var cx = (Box.Left + Box.Right) / 2;
        var cy = (Box.Top + Box.Bottom) / 2;
        var x1 = Math.Floor(Math.Max(0, cx - (side / 2)));
        var y1 = Math.Floor(Math.Max(0, cy - (side / 2)));
        var x2 = Math.Floor(Math.Min(width - 1, cx + (side / 2)));
        var y2 = Math.Floor(Math.Min(height - 1, cy + (side / 2)));
        return new FaceBox(x1, y1, Math.Max(x2, x1 + 1), Math.Max(y2, y1 + 1));
    }
}
