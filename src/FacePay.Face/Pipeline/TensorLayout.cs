namespace FacePay.Face.Pipeline;

/// <summary>Converts interleaved RGB bytes to the NCHW float planes the models take.</summary>
internal static class TensorLayout
{
    /// <summary>(v − <paramref name="offset"/>) / <paramref name="divisor"/> in R, G, B plane order.</summary>
    public static void ToPlanes(ReadOnlySpan<byte> rgb, int width, int height, float offset, float divisor, Span<float> destination)
    {
        var plane = width * height;
        var r = destination[..plane];
        var g = destination.Slice(plane, plane);
        var b = destination.Slice(2 * plane, plane);
        for (var i = 0; i < plane; i++)
        {
            r[i] = (rgb[3 * i] - offset) / divisor;
            g[i] = (rgb[(3 * i) + 1] - offset) / divisor;
            b[i] = (rgb[(3 * i) + 2] - offset) / divisor;
        }
    }

    /// <summary>Raw 0–255 values in B, G, R plane order.</summary>
    public static void ToPlanesBgr(ReadOnlySpan<byte> rgb, int width, int height, Span<float> destination)
    {
        var plane = width * height;
        var b = destination[..plane];
        var g = destination.Slice(plane, plane);
        var r = destination.Slice(2 * plane, plane);
        for (var i = 0; i < plane; i++)
        {
            b[i] = rgb[(3 * i) + 2];
            g[i] = rgb[(3 * i) + 1];
            r[i] = rgb[3 * i];
        }
    }

    /// <summary>ITU-R BT.601 luma, the weights OpenCV uses for grey.</summary>
    public static void ToGrey(ReadOnlySpan<byte> rgb, int width, int height, float divisor, Span<float> destination)
    {
        var plane = width * height;
        for (var i = 0; i < plane; i++)
        {
            var luma = (0.299f * rgb[3 * i]) + (0.587f * rgb[(3 * i) + 1]) + (0.114f * rgb[(3 * i) + 2]);
            destination[i] = MathF.Round(luma) / divisor;
        }
    }
}
