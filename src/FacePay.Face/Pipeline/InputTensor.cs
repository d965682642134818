using System.Buffers;

namespace FacePay.Face.Pipeline;

/// <summary>
/// A model input's floats for one run, rented from the shared pool: the detector's 320×240×3 and the crops' inputs are
/// large-object-heap sized, and fresh large arrays cost page faults on every check. Dispose returns the buffer.
/// </summary>
internal readonly struct InputTensor : IDisposable
{
    private readonly float[] buffer;

    public InputTensor(long[] shape)
    {
        Shape = shape;
        long length = 1;
        foreach (var dimension in shape)
        {
            length *= dimension;
        }

        Length = checked((int)length);
        buffer = ArrayPool<float>.Shared.Rent(Length);
    }

    public long[] Shape { get; }

    public int Length { get; }

    public Span<float> Span => buffer.AsSpan(0, Length);

    public Memory<float> Memory => buffer.AsMemory(0, Length);

    public void Dispose() => ArrayPool<float>.Shared.Return(buffer);
}
