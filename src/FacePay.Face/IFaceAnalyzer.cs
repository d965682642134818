namespace FacePay.Face;

/// <summary>
/// Turns one capture into a face template or a rejection. Implemented by <see cref="FaceAnalyzer"/>; callers that
/// want to test without the models (grains, APIs) can depend on this interface and substitute a fake.
/// </summary>
public interface IFaceAnalyzer
{
    /// <summary>Analyses an encoded JPEG, PNG or WebP image.</summary>
    /// <param name="image">The encoded bytes; the format is judged from the content.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    FaceAnalysis Analyze(ReadOnlyMemory<byte> image, CancellationToken cancellationToken = default);
}
