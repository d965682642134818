using FacePay.Operators.Credentials;
using FacePay.Operators.Dashboard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Operators.Tests;

public sealed class OperatorOptionsTests
{
    private static readonly string Hash = OperatorPasswordHash.Create("night shift password", OperatorPasswordHash.MinIterations).ToString();
    private static readonly string Token = OperatorToken.Create();

    [Fact]
    public void Accounts_bind_from_configuration_keys()
    {
        var options = Bind(new()
        {
            ["FacePay:Operators:Accounts:alice:PasswordHash"] = Hash,
            ["FacePay:Operators:Accounts:ci:TokenSha256:0"] = OperatorToken.Sha256(Token),
            ["FacePay:Operators:Dashboard"] = "Always",
            ["FacePay:Operators:Login:MaxFailures"] = "3",
        });

        Assert.Equal(["alice", "ci"], options.Accounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Hash, options.Accounts["alice"].PasswordHash);
        Assert.Equal([OperatorToken.Sha256(Token)], options.Accounts["ci"].TokenSha256);
        Assert.Equal(DashboardProtection.Always, options.Dashboard);
        Assert.Equal(3, options.Login.MaxFailures);
        Assert.True(new OperatorOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void A_plaintext_password_is_refused_at_start()
    {
        var options = Bind(new() { ["FacePay:Operators:Accounts:alice:Password"] = "hunter2hunter2" });

        var result = new OperatorOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("plaintext passwords are refused", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FacePay:Operators:Accounts:alice:PasswordHash", "not-a-hash", "PasswordHash")]
    [InlineData("FacePay:Operators:Accounts:ci:TokenSha256:0", "the-token-itself-not-its-hash", "TokenSha256")]
    [InlineData("FacePay:Operators:Accounts:bad name!:PasswordHash", null, "operator name")]
    public void Unusable_accounts_are_refused_naming_the_key(string key, string? value, string expected)
    {
        var options = Bind(new() { [key] = value ?? Hash });

        var result = new OperatorOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_and_tokens_verify_against_the_configured_hashes_only()
    {
        var options = Bind(new()
        {
            ["FacePay:Operators:Accounts:alice:PasswordHash"] = Hash,
            ["FacePay:Operators:Accounts:ci:TokenSha256:0"] = OperatorToken.Sha256(Token),
        });
        var credentials = new OperatorCredentials(Options.Create(options), new FakeTimeProvider());

        Assert.True(credentials.VerifyPassword("alice", "night shift password"));
        Assert.True(credentials.VerifyPassword("alice", "night shift password"));
        Assert.False(credentials.VerifyPassword("alice", "night shift passworD"));
        Assert.False(credentials.VerifyPassword("bob", "night shift password"));
        Assert.False(credentials.VerifyPassword("ci", Token));
        Assert.Equal("ci", credentials.VerifyToken(Token));
        Assert.Null(credentials.VerifyToken(Token + "x"));
        Assert.Null(credentials.VerifyToken(OperatorToken.Sha256(Token)));
    }

    private static OperatorOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new OperatorOptions();
        configuration.GetSection(OperatorOptions.Section).Bind(options);
        return options;
    }
}
