using FacePay.Operators.Credentials;
using FacePay.Testing;

namespace FacePay.Operators.Tests;

public sealed class OperatorPasswordHashTests
{
    [Fact]
    public void A_created_hash_verifies_its_password_only()
    {
        var hash = OperatorPasswordHash.Create("correct horse battery", OperatorPasswordHash.MinIterations);

        Assert.True(hash.Verify("correct horse battery"));
        Assert.False(hash.Verify("correct horse batterY"));
        Assert.False(hash.Verify(string.Empty));
    }

    [Fact]
    public void A_hash_round_trips_through_its_configured_text()
    {
        var hash = OperatorPasswordHash.Create("correct horse battery", OperatorPasswordHash.MinIterations);

        Assert.True(OperatorPasswordHash.TryParse(hash.ToString(), out var parsed, out _));
        Assert.True(parsed.Verify("correct horse battery"));
        Assert.StartsWith("pbkdf2-sha256$100000$", hash.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hunter2")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$600000$not base64!$AAAA")]
    [InlineData("pbkdf2-sha256$600000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("bcrypt$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Text_that_is_not_a_usable_hash_is_refused_with_a_reason(string text)
    {
        Assert.False(OperatorPasswordHash.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public async Task The_credential_script_makes_a_hash_that_verifies_here()
    {
        var script = Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "operator-credential.sh");
        var result = await CommandLine.RunAsync(
            "bash",
            ["-c", $"printf '%s\\n' \"$OPERATOR_PASSWORD\" | '{script}' password night-shift"],
            new Dictionary<string, string> { ["OPERATOR_PASSWORD"] = "a long operator password", ["FACEPAY_ITERATIONS"] = "100000" });

        Assert.Equal(0, result.ExitCode);
        var line = result.StandardOutput.Trim();
        const string Prefix = "FacePay__Operators__Accounts__night-shift__PasswordHash=";
        Assert.StartsWith(Prefix, line, StringComparison.Ordinal);
        Assert.DoesNotContain("a long operator password", result.Output, StringComparison.Ordinal);
        Assert.True(OperatorPasswordHash.TryParse(line[Prefix.Length..], out var hash, out var error), error);
        Assert.True(hash.Verify("a long operator password"));
    }

    [Fact]
    public async Task The_credential_script_prints_a_token_whose_hash_it_configures()
    {
        var script = Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "operator-credential.sh");
        var result = await CommandLine.RunAsync("bash", [script, "token", "ci"]);

        Assert.Equal(0, result.ExitCode);
        var token = result.StandardError.Trim().Split(' ')[^1];
        var setting = result.StandardOutput.Trim();
        Assert.Equal($"FacePay__Operators__Accounts__ci__TokenSha256__0={OperatorToken.Sha256(token)}", setting);
        Assert.True(token.Length >= OperatorToken.MinLength);
    }
}
