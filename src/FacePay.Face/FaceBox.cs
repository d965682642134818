namespace FacePay.Face;

/// <summary>An axis-aligned box in upright source-image pixels.</summary>
/// <param name="Left">Left edge (x1).</param>
/// <param name="Top">Top edge (y1).</param>
/// <param name="Right">Right edge (x2).</param>
/// <param name="Bottom">Bottom edge (y2).</param>
public readonly record struct FaceBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>Right − Left.</summary>
    public double Width => Right - Left;

    /// <summary>Bottom − Top.</summary>
    public double Height => Bottom - Top;

    /// <summary>Width × Height (0 for an empty box).</summary>
    public double Area => Math.Max(0, Width) * Math.Max(0, Height);

    /// <summary>Intersection over union with <paramref name="other"/>.</summary>
    public double IntersectionOverUnion(FaceBox other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        if (w <= 0 || h <= 0)
        {
            return 0;
        }

        var intersection = w * h;
        return intersection / (Area + other.Area - intersection);
    }
}
