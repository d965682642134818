using System.Buffers;
using FacePay.Face.Imaging;
using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face.Pipeline;

/// <summary>
/// <c>fr_detect.onnx</c>: the whole image stretched to 320×240, values (v−127)/128, RGB planes. Outputs are 4420
/// anchors with [background, face] scores and already-decoded normalised corner boxes.
/// </summary>
internal sealed class FaceDetector(InferenceSession session)
{
    private const int InputWidth = 320;
    private const int InputHeight = 240;
    private const double NmsIou = 0.4;
    private const int TopK = 750;
    private static readonly long[] Shape = [1, 3, InputHeight, InputWidth];
    private static readonly string[] Outputs = ["scores", "boxes"];

    public IReadOnlyList<DetectedFace> Detect(ImagePyramid image, double threshold)
    {
        float[][] outputs;
        using (var input = new InputTensor(Shape))
        {
            var resized = ArrayPool<byte>.Shared.Rent(InputWidth * InputHeight * 3);
            ImageSampler.Sample(image, Affine2D.ForCrop(0, 0, image.Width, image.Height, InputWidth, InputHeight), InputWidth, InputHeight, resized, blackBorder: false);
            TensorLayout.ToPlanes(resized, InputWidth, InputHeight, 127f, 128f, input.Span);
            ArrayPool<byte>.Shared.Return(resized);
            outputs = OnnxRunner.Run(session, input, Outputs);
        }

        var scores = outputs[0];
        var boxes = outputs[1];

        var candidates = new List<DetectedFace>();
        var anchors = scores.Length / 2;
        for (var i = 0; i < anchors; i++)
        {
            var score = scores[(2 * i) + 1];
            if (score < threshold)
            {
                continue;
            }

            var box = new FaceBox(
                boxes[4 * i] * image.Width,
                boxes[(4 * i) + 1] * image.Height,
                boxes[(4 * i) + 2] * image.Width,
                boxes[(4 * i) + 3] * image.Height);
            if (box.Width > 0 && box.Height > 0)
            {
                candidates.Add(new DetectedFace(box, score));
            }
        }

        return Suppress(candidates);
    }

    /// <summary>Greedy non-maximum suppression: keep the best box, drop those overlapping it by IoU &gt; 0.4, repeat.</summary>
    internal static List<DetectedFace> Suppress(List<DetectedFace> candidates)
    {
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (candidates.Count > TopK)
        {
            candidates.RemoveRange(TopK, candidates.Count - TopK);
        }

        var kept = new List<DetectedFace>();
        foreach (var candidate in candidates)
        {
            var overlaps = false;
            foreach (var k in kept)
            {
                if (k.Box.IntersectionOverUnion(candidate.Box) > NmsIou)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }
}
