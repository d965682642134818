using System.Buffers.Binary;

namespace FacePay.Face;

/// <summary>
/// A unit-length 512-dimensional face template. Immutable; compare two with <see cref="FaceMatcher"/>.
/// This is biometric data: store it only through <see cref="Templates.FaceTemplateProtector"/>, never log it.
/// </summary>
public sealed class FaceEmbedding
{
    /// <summary>Number of dimensions produced by <c>fr_feature.onnx</c>.</summary>
    public const int Dimensions = 512;

    private readonly float[] values;

    private FaceEmbedding(float[] values) => this.values = values;

    /// <summary>The L2-normalised components.</summary>
    public ReadOnlySpan<float> Values => values;

    /// <summary>Copies <paramref name="values"/> and normalises them to unit length.</summary>
    /// <exception cref="ArgumentException">Wrong length, a non-finite component, or an all-zero vector.</exception>
    public static FaceEmbedding FromValues(ReadOnlySpan<float> values)
    {
        if (values.Length != Dimensions)
        {
            throw new ArgumentException($"A face embedding has {Dimensions} values, got {values.Length}.", nameof(values));
        }

        double sum = 0;
        foreach (var v in values)
        {
            if (!float.IsFinite(v))
            {
                throw new ArgumentException("A face embedding must contain only finite values.", nameof(values));
            }

            sum += (double)v * v;
        }

        if (sum <= 1e-12)
        {
            throw new ArgumentException("A face embedding must not be all zeros.", nameof(values));
        }

        var norm = Math.Sqrt(sum);
        var copy = new float[Dimensions];
        for (var i = 0; i < Dimensions; i++)
        {
            copy[i] = (float)(values[i] / norm);
        }

        return new FaceEmbedding(copy);
    }

    /// <summary>Little-endian float32 bytes (2048), the plaintext that <see cref="Templates.FaceTemplateProtector"/> encrypts.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Dimensions * sizeof(float)];
        for (var i = 0; i < Dimensions; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote.</summary>
    /// <exception cref="ArgumentException">Not exactly 2048 bytes of finite, non-zero floats.</exception>
    public static FaceEmbedding FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Dimensions * sizeof(float))
        {
            throw new ArgumentException($"A serialised face embedding has {Dimensions * sizeof(float)} bytes, got {bytes.Length}.", nameof(bytes));
        }

        var values = new float[Dimensions];
        for (var i = 0; i < Dimensions; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return FromValues(values);
    }

    /// <summary>Cosine similarity with <paramref name="other"/> (a dot product, both being unit length).</summary>
    public double CosineSimilarity(FaceEmbedding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double dot = 0;
        for (var i = 0; i < Dimensions; i++)
        {
            dot += (double)values[i] * other.values[i];
        }

        return Math.Clamp(dot, -1, 1);
    }
}
