using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FacePay.Operators.Credentials;

/// <summary>
/// Checks operator passwords and bearer tokens against the configured hashes. A password check costs a PBKDF2 run
/// (a fraction of a second, on purpose); the dashboard sends Basic credentials with every poll, so a successful check is
/// remembered for a few minutes under an HMAC of the name and password keyed with a random per-process key (the
/// password itself is never kept).
/// </summary>
public sealed class OperatorCredentials
{
    private const int MaxRemembered = 256;
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, OperatorPasswordHash> _passwords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly OperatorPasswordHash _decoy;
    private readonly byte[] _cacheKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verified = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Reads the accounts (already validated at start).</summary>
    public OperatorCredentials(IOptions<OperatorOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        foreach (var (name, account) in options.Value.Accounts)
        {
            if (OperatorPasswordHash.TryParse(account.PasswordHash, out var hash, out _))
            {
                _passwords[name] = hash;
            }

            foreach (var token in account.TokenSha256)
            {
                _tokens[token] = name;
            }
        }

        // As costly as the costliest configured hash, so an unknown name takes as long as a known one.
        var iterations = _passwords.Count > 0 ? _passwords.Values.Max(h => h.Iterations) : OperatorPasswordHash.MinIterations;
        _decoy = OperatorPasswordHash.Create(Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), iterations);
    }

    /// <summary>Whether any operator is configured.</summary>
    public bool AnyConfigured => _passwords.Count > 0 || _tokens.Count > 0;

    /// <summary>Whether <paramref name="password"/> is <paramref name="name"/>'s password.</summary>
    public bool VerifyPassword(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var now = _time.GetUtcNow();
        var remembered = Fingerprint(name, password);
        if (_verified.TryGetValue(remembered, out var until) && until > now)
        {
            return true;
        }

        // An unknown name costs the same PBKDF2 run as a known one, so timing does not tell names apart.
        var known = _passwords.TryGetValue(name, out var hash);
        var valid = (hash ?? _decoy).Verify(password) && known;
        if (valid)
        {
            if (_verified.Count >= MaxRemembered)
            {
                _verified.Clear();
            }

            _verified[remembered] = now + RememberFor;
        }

        return valid;
    }

    /// <summary>The operator a bearer token belongs to, or null.</summary>
    public string? VerifyToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Length >= OperatorToken.MinLength && _tokens.TryGetValue(OperatorToken.Sha256(token), out var name) ? name : null;
    }

    private string Fingerprint(string name, string password) =>
        Convert.ToBase64String(HMACSHA256.HashData(_cacheKey, Encoding.UTF8.GetBytes($"{name}\n{password}")));
}
