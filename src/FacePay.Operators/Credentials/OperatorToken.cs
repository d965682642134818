using System.Security.Cryptography;
using System.Text;

namespace FacePay.Operators.Credentials;

/// <summary>
/// Bearer tokens for scripts: a random secret of at least 32 characters handed to the script, and only its SHA-256
/// (64 lowercase hex digits) configured. A token has as much entropy as a key, so one fast hash is enough.
/// </summary>
public static class OperatorToken
{
    /// <summary>The shortest token accepted.</summary>
    public const int MinLength = 32;

    /// <summary>A new token (43 base64url characters of 32 random bytes).</summary>
    public static string Create() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The configured form of a token: lowercase hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Sha256(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Whether a configured value looks like <see cref="Sha256"/>'s output.</summary>
    public static bool IsSha256Hex(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
