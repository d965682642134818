using System.Security.Cryptography;

namespace FacePay.Domain.Verification;

/// <summary>The SHA-256 of submitted image bytes: what a session remembers instead of the image.</summary>
public static class ImageFingerprint
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="image"/>.</summary>
    public static string Of(ReadOnlySpan<byte> image) => Convert.ToHexStringLower(SHA256.HashData(image));
}
