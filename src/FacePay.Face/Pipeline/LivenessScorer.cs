using FacePay.Face.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face.Pipeline;

/// <summary>
/// <c>fr_liveness.onnx</c>: the face box enlarged 2.7× around its centre (shrunk to fit and shifted inside the
/// image), 128×128 raw 0–255 values in B, G, R plane order; softmax over 3 classes, class 0 = live.
/// The plane order was measured, not guessed: in BGR every real fixture photo scores ≥ 0.995, in RGB one scores
/// 0.36 (see docs/FACE.md); the model was evidently trained on OpenCV's BGR images.
/// </summary>
internal sealed class LivenessScorer(InferenceSession session)
{
    private const int Size = 128;
    private const double Enlarge = 2.7;
    private static readonly long[] Shape = [1, 3, Size, Size];
    private static readonly string[] Outputs = ["output"];

    public double Score(ImagePyramid image, FaceBox square)
    {
        var region = ContextRegion(square, image.Width, image.Height);
        var crop = new byte[Size * Size * 3];
        ImageSampler.Sample(image, Affine2D.ForCrop(region.Left, region.Top, region.Width, region.Height, Size, Size), Size, Size, crop, blackBorder: false);
        using var input = new InputTensor(Shape);
        TensorLayout.ToPlanesBgr(crop, Size, Size, input.Span);
        var logits = OnnxRunner.Run(session, input, Outputs)[0];
        var max = logits.Max();
        double sum = 0;
        foreach (var l in logits)
        {
            sum += Math.Exp(l - max);
        }

        return Math.Exp(logits[0] - max) / sum;
    }

    internal static FaceBox ContextRegion(FaceBox box, int width, int height)
    {
        var scale = Math.Min(Enlarge, Math.Min((height - 1) / box.Height, (width - 1) / box.Width));
        var w = box.Width * scale;
        var h = box.Height * scale;
        var cx = box.Left + (box.Width / 2);
        var cy = box.Top + (box.Height / 2);
        var x1 = cx - (w / 2);
        var y1 = cy - (h / 2);
        x1 = Math.Clamp(x1, 0, Math.Max(0, width - 1 - w));
        y1 = Math.Clamp(y1, 0, Math.Max(0, height - 1 - h));
        return new FaceBox(Math.Floor(x1), Math.Floor(y1), Math.Floor(x1) + Math.Floor(w), Math.Floor(y1) + Math.Floor(h));
    }
}
