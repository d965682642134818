using FacePay.Sandbox.Credentials;

namespace FacePay.Sandbox.Tests;

/// <summary>One set of generated keys for the whole test run (RSA generation is the slow part of a start).</summary>
public sealed class CredentialsFixture
{
    public SandboxCredentials Credentials { get; } = SandboxCredentials.Generate("2021000000000001", "2088000000000001", "1900000001", "wx0000000000000001");

    public Task<SandboxHost> StartAsync(SandboxOptions? options = null) =>
        SandboxHost.StartAsync(options ?? new SandboxOptions { TimeCompression = 1000 }, Credentials);
}

[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<CredentialsFixture>
{
    public const string Name = "sandbox";
}
