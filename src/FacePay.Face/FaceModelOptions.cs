namespace FacePay.Face;

/// <summary>
/// Where the face models live and the thresholds of the verification gates.
/// Bound from the <c>Face</c> configuration section and validated at start.
/// </summary>
public sealed class FaceModelOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Face";

    /// <summary>
    /// Folder holding <c>fr_detect.onnx</c>, <c>fr_landmark.onnx</c>, <c>fr_liveness.onnx</c> and
    /// <c>fr_feature.onnx</c>. Empty means <see cref="FaceModelDirectory.Resolve"/>:
    /// <c>$FACEPAY_MODELS_DIR</c>, else <c>${FACEPAY_HOME:-$HOME/.facepay}/models</c>.
    /// </summary>
    public string? ModelDirectory { get; set; }

    /// <summary>Cosine similarity at or above which two embeddings are the same person (calibrated, see docs/FACE.md).</summary>
    public double MatchThreshold { get; set; } = 0.35;

    /// <summary>Live probability (class 0 of the liveness model) below which a capture is rejected.</summary>
    public double LivenessThreshold { get; set; } = 0.80;

    /// <summary>Minimum face side in source pixels; smaller faces carry too little detail to verify.</summary>
    public int MinFaceSize { get; set; } = 60;

    /// <summary>Upload size limit in bytes, checked before decoding.</summary>
    public int MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Pixel-count limit (width × height), checked from the header before any pixels are decoded.</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>
    /// Large JPEG/WebP uploads are decoded at reduced size (codec-native scaling) so their longer side is at least
    /// this many pixels; 0 decodes everything at full size. Results (boxes, landmarks, face size) are always
    /// reported in full-size pixels. Twice the detector's 320-pixel input by default: decoding is the largest cost
    /// outside the models, and <see cref="DecodeMinFaceSide"/> keeps small faces from losing detail.
    /// </summary>
    public int DecodeLongSide { get; set; } = 640;

    /// <summary>
    /// When a reduced decode leaves the face found in it narrower than this many pixels, the upload is decoded again
    /// at the size that gives the face at least this many (or at full size) before landmarks, liveness and the
    /// embedding read it: the 112×112 embedding crop then never has to invent detail a larger decode would have had.
    /// </summary>
    public int DecodeMinFaceSide { get; set; } = 96;

    /// <summary>Minimum detector confidence for a face candidate.</summary>
    public double DetectionThreshold { get; set; } = 0.65;

    /// <summary>
    /// A second face whose side is at least this fraction of the largest face's side makes the capture ambiguous
    /// (<see cref="FaceRejectionReason.MultipleFaces"/>); smaller faces (passers-by far behind) are ignored.
    /// </summary>
    public double SecondFaceRatio { get; set; } = 0.5;

    /// <summary>
    /// Detector confidence a second face needs to make the capture ambiguous. Real second people score ≈ 1.0;
    /// false detections on background texture (a painting, a curtain) score lower and are ignored.
    /// </summary>
    public double SecondFaceMinScore { get; set; } = 0.95;

    /// <summary>
    /// Margin (as a fraction of the face side) the detector's face box must keep from every image border; a box that
    /// reaches or crosses the border is <see cref="FaceRejectionReason.FaceCutByFrame"/>. 0 = the box must lie inside.
    /// </summary>
    public double FrameMargin { get; set; }

    /// <summary>ONNX Runtime intra-op threads per session. 1 is fastest on small machines; parallelism comes from concurrent calls.</summary>
    public int IntraOpThreads { get; set; } = 1;
}
