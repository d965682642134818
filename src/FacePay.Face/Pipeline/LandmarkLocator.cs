using FacePay.Face.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face.Pipeline;

/// <summary><c>fr_landmark.onnx</c>: the square face crop as 64×64 grey, values /256; 68 (x, y) pairs relative to the crop.</summary>
internal sealed class LandmarkLocator(InferenceSession session)
{
    private const int Size = 64;
    private static readonly long[] Shape = [1, 1, Size, Size];
    private static readonly string[] Outputs = ["output"];

    public FacePoint[] Locate(ImagePyramid image, FaceBox square)
    {
        var crop = new byte[Size * Size * 3];
        ImageSampler.Sample(image, Affine2D.ForCrop(square.Left, square.Top, square.Width, square.Height, Size, Size), Size, Size, crop, blackBorder: false);
        using var input = new InputTensor(Shape);
        TensorLayout.ToGrey(crop, Size, Size, 256f, input.Span);
        var output = OnnxRunner.Run(session, input, Outputs)[0];
        var points = new FacePoint[output.Length / 2];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new FacePoint(
                (output[2 * i] * square.Width) + square.Left,
                (output[(2 * i) + 1] * square.Height) + square.Top);
        }

        return points;
    }
}
