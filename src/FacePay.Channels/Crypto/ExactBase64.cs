using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace FacePay.Channels.Crypto;

/// <summary>
/// Base64 decoding that accepts exactly what <see cref="Convert.TryFromBase64Chars"/> accepts and yields the same
/// bytes, through the vectorized <see cref="Base64.DecodeFromUtf8(ReadOnlySpan{byte}, Span{byte}, out int, out int, bool)"/>
/// (several times faster on signatures and ciphertexts). Whatever that decoder does not finish (whitespace it treats
/// differently, a too-small destination, invalid text) is decided by <see cref="Convert"/> itself.
/// </summary>
internal static class ExactBase64
{
    // Signatures (RSA-4096: 684 characters) and notification ciphertexts narrow on the stack.
    private const int MaxStackChars = 1024;

    /// <summary>Decodes base64 text.</summary>
    /// <param name="base64">The text.</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="written">How many bytes were written.</param>
    /// <returns>True exactly when <see cref="Convert.TryFromBase64Chars"/> would return true.</returns>
    public static bool TryDecode(ReadOnlySpan<char> base64, Span<byte> destination, out int written)
    {
        if (base64.Length <= MaxStackChars)
        {
            Span<byte> ascii = stackalloc byte[MaxStackChars];
            if (Ascii.FromUtf16(base64, ascii, out var narrowed) == OperationStatus.Done &&
                Base64.DecodeFromUtf8(ascii[..narrowed], destination, out _, out written) == OperationStatus.Done)
            {
                return true;
            }
        }

        return Convert.TryFromBase64Chars(base64, destination, out written);
    }

    /// <summary>Decodes base64 held as UTF-8 bytes.</summary>
    /// <param name="base64Utf8">The text as UTF-8 (invalid UTF-8 is simply not base64).</param>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="written">How many bytes were written.</param>
    /// <returns>True exactly when <see cref="Convert.TryFromBase64String"/> of the decoded text would return true.</returns>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> base64Utf8, Span<byte> destination, out int written)
    {
        if (Base64.DecodeFromUtf8(base64Utf8, destination, out _, out written) == OperationStatus.Done)
        {
            return true;
        }

        // Rare (whitespace, a short destination, or not base64 at all): let Convert decide on the text.
        return Convert.TryFromBase64String(Encoding.UTF8.GetString(base64Utf8), destination, out written);
    }
}
