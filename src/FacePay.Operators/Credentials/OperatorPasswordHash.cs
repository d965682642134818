using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FacePay.Operators.Credentials;

/// <summary>
/// An operator's password as configured: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash base64, hash 32
/// bytes), never the password itself. <c>deploy/operator-credential.sh</c> makes one.
/// </summary>
public sealed class OperatorPasswordHash
{
    /// <summary>The scheme prefix.</summary>
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>The fewest iterations accepted (OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600,000).</summary>
    public const int MinIterations = 100_000;

    /// <summary>The iterations <see cref="Create"/> uses.</summary>
    public const int DefaultIterations = 600_000;

    private const int HashBytes = 32;

    private readonly byte[] _salt;
    private readonly byte[] _hash;

    private OperatorPasswordHash(int iterations, byte[] salt, byte[] hash)
    {
        Iterations = iterations;
        _salt = salt;
        _hash = hash;
    }

    /// <summary>The PBKDF2 iteration count.</summary>
    public int Iterations { get; }

    /// <summary>Hashes a new password with a fresh 16-byte salt.</summary>
    public static OperatorPasswordHash Create(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinIterations);
        var salt = RandomNumberGenerator.GetBytes(16);
        return new(iterations, salt, Derive(password, salt, iterations));
    }

    /// <summary>Reads a configured hash; false with a reason when it is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OperatorPasswordHash? hash, out string error)
    {
        hash = null;
        var parts = text?.Split('$') ?? [];
        if (parts.Length != 4 || parts[0] != Scheme)
        {
            error = $"is not '{Scheme}$ITERATIONS$SALT$HASH' (make one with deploy/operator-credential.sh)";
            return false;
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < MinIterations)
        {
            error = $"needs at least {MinIterations} iterations";
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var derived = Convert.FromBase64String(parts[3]);
            if (salt.Length < 16 || derived.Length != HashBytes)
            {
                error = $"needs a salt of at least 16 bytes and a hash of {HashBytes} bytes";
                return false;
            }

            hash = new OperatorPasswordHash(iterations, salt, derived);
            error = string.Empty;
            return true;
        }
        catch (FormatException)
        {
            error = "has a salt or hash that is not base64";
            return false;
        }
    }

    /// <summary>Whether <paramref name="password"/> is the hashed one (constant-time comparison).</summary>
    public bool Verify(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return CryptographicOperations.FixedTimeEquals(Derive(password, _salt, Iterations), _hash);
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(_salt)}${Convert.ToBase64String(_hash)}");

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
