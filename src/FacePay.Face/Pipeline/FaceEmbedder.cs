using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face.Pipeline;

/// <summary><c>fr_feature.onnx</c>: aligned 112×112 RGB, values (v−127)/128; 512 floats, L2-normalised here.</summary>
internal sealed class FaceEmbedder(InferenceSession session)
{
    private static readonly long[] Shape = [1, 3, FaceAligner.Size, FaceAligner.Size];
    private static readonly string[] Outputs = ["output"];

    public FaceEmbedding Embed(byte[] alignedRgb)
    {
        using var input = new InputTensor(Shape);
        TensorLayout.ToPlanes(alignedRgb, FaceAligner.Size, FaceAligner.Size, 127f, 128f, input.Span);
        var output = OnnxRunner.Run(session, input, Outputs)[0];
        return FaceEmbedding.FromValues(output);
    }

    /// <summary>Variance of the 4-neighbour Laplacian of the grey aligned face: a cheap blur measure.</summary>
    public static double Sharpness(byte[] alignedRgb)
    {
        const int n = FaceAligner.Size;
        var grey = new float[n * n];
        TensorLayout.ToGrey(alignedRgb, n, n, 1f, grey);
        double sum = 0, sumSq = 0;
        var count = 0;
        for (var y = 1; y < n - 1; y++)
        {
            for (var x = 1; x < n - 1; x++)
            {
                var i = (y * n) + x;
                double lap = grey[i - 1] + grey[i + 1] + grey[i - n] + grey[i + n] - (4 * grey[i]);
                sum += lap;
                sumSq += lap * lap;
                count++;
            }
        }

        var mean = sum / count;
        return (sumSq / count) - (mean * mean);
    }
}
