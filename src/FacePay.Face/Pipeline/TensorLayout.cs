namespace FacePay.Face.Pipeline;

/// <summary>Converts interleaved RGB bytes to the NCHW float planes the models take.</summary>
internal static class TensorLayout
{
    public static float[] ToPlanes(ReadOnlySpan<byte> rgb, int width, int height, Func<float, float> normalise)
    {
        var plane = width * height;
        var result = new float[plane * 3];
        for (var i = 0; i < plane; i++)
        {
            result[i] = normalise(rgb[3 * i]);
            result[plane + i] = normalise(rgb[(3 * i) + 1]);
            result[(2 * plane) + i] = normalise(rgb[(3 * i) + 2]);
        }

        return result;
    }

    /// <summary>Raw 0–255 values in B, G, R plane order.</summary>
    public static float[] ToPlanesBgr(ReadOnlySpan<byte> rgb, int width, int height)
    {
        var plane = width * height;
        var result = new float[plane * 3];
        for (var i = 0; i < plane; i++)
        {
            result[i] = rgb[(3 * i) + 2];
            result[plane + i] = rgb[(3 * i) + 1];
            result[(2 * plane) + i] = rgb[3 * i];
        }

        return result;
    }

    /// <summary>ITU-R BT.601 luma, the weights OpenCV uses for grey.</summary>
    public static float[] ToGrey(ReadOnlySpan<byte> rgb, int width, int height, float divisor)
    {
        var plane = width * height;
        var result = new float[plane];
        for (var i = 0; i < plane; i++)
        {
            var luma = (0.299f * rgb[3 * i]) + (0.587f * rgb[(3 * i) + 1]) + (0.114f * rgb[(3 * i) + 2]);
            result[i] = MathF.Round(luma) / divisor;
        }

        return result;
    }
}
