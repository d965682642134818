using System.Text.RegularExpressions;
using FacePay.Operators.Credentials;
using Microsoft.Extensions.Options;

namespace FacePay.Operators;

/// <summary>Refuses operator settings that could not authenticate anyone, or that hold a secret in plain text.</summary>
public sealed partial class OperatorOptionsValidator : IValidateOptions<OperatorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OperatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (operatorName, account) in options.Accounts)
        {
            var key = $"{OperatorOptions.Section}:Accounts:{operatorName}";
            if (!OperatorName().IsMatch(operatorName))
            {
                failures.Add($"{key}: an operator name is 1-64 characters of [A-Za-z0-9._-].");
            }

            if (account.Password is not null)
            {
                failures.Add($"{key}:Password: plaintext passwords are refused; configure PasswordHash (make it with deploy/operator-credential.sh).");
            }

            if (account.PasswordHash is null && account.TokenSha256.Count == 0)
            {
                failures.Add($"{key}: needs a PasswordHash or at least one TokenSha256.");
            }

            if (account.PasswordHash is not null && !OperatorPasswordHash.TryParse(account.PasswordHash, out _, out var error))
            {
                failures.Add($"{key}:PasswordHash {error}.");
            }

            if (account.TokenSha256.Any(t => !OperatorToken.IsSha256Hex(t)))
            {
                failures.Add($"{key}:TokenSha256: each entry is the 64 lowercase hex digits of a token's SHA-256, never the token.");
            }
        }

        var tokens = options.Accounts.Values.SelectMany(a => a.TokenSha256).ToList();
        if (tokens.Count != tokens.Distinct(StringComparer.Ordinal).Count())
        {
            failures.Add($"{OperatorOptions.Section}: a token hash is configured for more than one operator.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex OperatorName();
}
