using Xunit;

namespace FacePay.Testing;

/// <summary>
/// One <see cref="PostgresServer"/> shared by the tests of a collection. xunit needs the collection definition in
/// the test assembly itself, so a test project declares, once:
/// <code>
/// [CollectionDefinition(PostgresFixture.CollectionName)]
/// public sealed class PostgresCollection : ICollectionFixture&lt;PostgresFixture&gt;;
/// </code>
/// and marks its test classes <c>[Collection(PostgresFixture.CollectionName)]</c>, taking the fixture in the
/// constructor. Tests that share the server should use their own keys (grain ids, cluster ids) rather than
/// expecting empty tables.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    /// <summary>The conventional collection name for tests sharing this fixture.</summary>
    public const string CollectionName = "PostgreSQL";

    /// <summary>The running server.</summary>
    public PostgresServer Server { get; } = new();

    /// <summary>Npgsql connection string to the <c>facepay</c> database.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <inheritdoc />
    public Task InitializeAsync() => Server.StartAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
