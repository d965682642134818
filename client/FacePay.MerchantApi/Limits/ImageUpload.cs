namespace FacePay.MerchantApi.Limits;

/// <summary>
/// Checks an uploaded file before it goes anywhere near the cluster: within the size limit and, by its first bytes
/// (never its name or declared type), a JPEG, PNG or WebP. A refused upload costs the session no attempt.
/// </summary>
public static class ImageUpload
{
    /// <summary>Reads an uploaded image, or says why it is refused (Error set, Image null; TooLarge for the size limit).</summary>
    public static async Task<(byte[]? Image, string? Error, bool TooLarge)> ReadAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length == 0)
        {
            return (null, $"'{file.Name}' is empty.", false);
        }

        if (file.Length > maxBytes)
        {
            return (null, $"'{file.Name}' is {file.Length} bytes; images are limited to {maxBytes} bytes.", true);
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        return IsImage(bytes)
            ? (bytes, null, false)
            : (null, $"'{file.Name}' is not a JPEG, PNG or WebP image.", false);
    }

    /// <summary>Whether the bytes start like a JPEG, PNG or WebP file.</summary>
    public static bool IsImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
        || (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));
}
