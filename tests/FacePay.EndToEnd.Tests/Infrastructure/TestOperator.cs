using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using FacePay.Operators.Credentials;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An operator account configured on the silos and the Merchant API instances of the shared cluster, as production
/// configures one: only the password hash and the token's SHA-256 are in configuration; the secrets are fresh per run.
/// </summary>
/// <param name="Name">The operator name.</param>
/// <param name="Password">The console and dashboard password.</param>
/// <param name="Token">A bearer token for scripts.</param>
public sealed record TestOperator(string Name, string Password, string Token)
{
    public static TestOperator Create(string name) =>
        new(name, "pw-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), OperatorToken.Create());

    /// <summary>The <c>FacePay:Operators</c> entries of this account (the cheapest hash the options accept, to keep tests fast).</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings()
    {
        yield return new($"FacePay:Operators:Accounts:{Name}:PasswordHash", OperatorPasswordHash.Create(Password, OperatorPasswordHash.MinIterations).ToString());
        yield return new($"FacePay:Operators:Accounts:{Name}:TokenSha256:0", OperatorToken.Sha256(Token));
    }

    /// <summary><c>Authorization: Basic</c> with this operator's name and password.</summary>
    public AuthenticationHeaderValue Basic() => BasicOf(Name, Password);

    /// <summary><c>Authorization: Bearer</c> with this operator's token.</summary>
    public AuthenticationHeaderValue Bearer() => new("Bearer", Token);

    /// <summary><c>Authorization: Basic</c> with any name and password (wrong ones included).</summary>
    public static AuthenticationHeaderValue BasicOf(string name, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{password}")));
}
