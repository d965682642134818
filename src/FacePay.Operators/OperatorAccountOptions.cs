namespace FacePay.Operators;

/// <summary>One operator: a password hash for the console and the dashboard, and/or token hashes for scripts.</summary>
public sealed class OperatorAccountOptions
{
    /// <summary>What the account is for (shown nowhere; for the people reading the configuration).</summary>
    public string? Description { get; set; }

    /// <summary>The password hash, <c>pbkdf2-sha256$…</c> (see <see cref="Credentials.OperatorPasswordHash"/>).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>SHA-256 (hex) of each bearer token of this operator (see <see cref="Credentials.OperatorToken"/>).</summary>
    public IList<string> TokenSha256 { get; } = [];

    /// <summary>Never set this: a plaintext password is refused at start (it exists only so the mistake is caught).</summary>
    public string? Password { get; set; }
}
