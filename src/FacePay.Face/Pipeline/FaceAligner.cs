using FacePay.Face.Imaging;

namespace FacePay.Face.Pipeline;

/// <summary>Reduces 68 landmarks to the 5 ArcFace points and warps the face onto the 112×112 template.</summary>
internal static class FaceAligner
{
    public const int Size = 112;

    /// <summary>The standard ArcFace 112×112 positions of left eye, right eye, nose tip, left and right mouth corner.</summary>
    private static readonly FacePoint[] Template =
    [
        new(38.2946, 51.6963),
        new(73.5318, 51.5014),
        new(56.0252, 71.7366),
        new(41.5493, 92.3655),
        new(70.7299, 92.2041),
    ];

    public static FacePoint[] FivePoints(IReadOnlyList<FacePoint> landmarks)
    {
        if (landmarks.Count != 68)
        {
            throw new ArgumentException($"Expected 68 landmarks, got {landmarks.Count}.", nameof(landmarks));
        }

        return
        [
            Mean(landmarks, 37, 38, 40, 41),
            Mean(landmarks, 43, 44, 46, 47),
            landmarks[30],
            Mean(landmarks, 48, 60),
            Mean(landmarks, 54, 64),
        ];
    }

    /// <summary>Returns the aligned face as 112×112 RGB bytes.</summary>
    public static byte[] Align(ImagePyramid image, ReadOnlySpan<FacePoint> fivePoints)
    {
        var imageToTemplate = SimilarityTransform.Estimate(fivePoints, Template);
        var aligned = new byte[Size * Size * 3];
        ImageSampler.Sample(image, imageToTemplate.Inverse(), Size, Size, aligned, blackBorder: true);
        return aligned;
    }

    private static FacePoint Mean(IReadOnlyList<FacePoint> points, params ReadOnlySpan<int> indices)
    {
        double x = 0, y = 0;
        foreach (var i in indices)
        {
            x += points[i].X;
            y += points[i].Y;
        }

        return new FacePoint(x / indices.Length, y / indices.Length);
    }
}
