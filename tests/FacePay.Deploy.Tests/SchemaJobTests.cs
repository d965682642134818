using FacePay.Testing;
using Npgsql;

namespace FacePay.Deploy.Tests;

/// <summary>The schema job's entry point, run from the checkout exactly as the image runs it, against a real PostgreSQL.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class SchemaJobTests(PostgresFixture postgres)
{
    private static readonly string Script = Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "docker", "schema", "apply-schema.sh");
    private static readonly string Library = Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "lib", "schema.sh");

    [Fact]
    public async Task Schema_job_creates_the_orleans_schema_in_an_empty_database_and_can_run_again()
    {
        var database = "schema_job_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(postgres.Server.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = database }.ConnectionString;
        for (var run = 0; run < 2; run++)
        {
            var result = await RunScriptAsync(new() { ["FACEPAY_POSTGRES_CONNECTION_STRING"] = connectionString });
            Assert.True(result.ExitCode == 0, result.Output);
        }

        Assert.Equal(await QueryCountAsync(postgres.ConnectionString), await QueryCountAsync(connectionString));
        Assert.True(await QueryCountAsync(connectionString) >= 20);
    }

    [Fact]
    public async Task Schema_job_without_a_connection_string_stops_with_a_message()
    {
        var result = await RunScriptAsync([]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("FACEPAY_POSTGRES_CONNECTION_STRING is not set", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_job_fails_when_the_database_does_not_answer_in_time()
    {
        var closed = FreeTcpPort.Find();
        var result = await RunScriptAsync(new()
        {
            ["FACEPAY_POSTGRES_CONNECTION_STRING"] = $"Host=127.0.0.1;Port={closed};Database=facepay;Username=postgres",
            ["FACEPAY_SCHEMA_WAIT_SECONDS"] = "1",
        });
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("did not answer within 1s", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=db;Port=5432;Database=facepay;Username=app;Password=secret", "db|5432|facepay|app|secret|")]
    [InlineData("Server = db.internal ; DB=x;User ID=u;Password='a;b''c';SSL Mode=VerifyFull;Pooling=false", "db.internal|||u|a;b'c|verify-full")]
    [InlineData("host=a,b;port=1,2;database=d;uid=u;pwd=\"p\"\"q\";sslmode=Require;", "a,b|1,2|d|u|p\"q|require")]
    public async Task Npgsql_connection_strings_map_onto_libpq_variables(string connectionString, string expected)
    {
        var result = await CommandLine.RunAsync("bash", ["-c", $"set -e; source '{Library}'; schema_libpq_env_from_npgsql \"$CS\"; echo \"$PGHOST|${{PGPORT:-}}|${{PGDATABASE:-}}|$PGUSER|$PGPASSWORD|${{PGSSLMODE:-}}\""],
            new Dictionary<string, string> { ["CS"] = connectionString });
        Assert.True(result.ExitCode == 0, result.Output);
        var fields = expected.Split('|');
        var actual = result.StandardOutput.TrimEnd('\n').Split('|');
        Assert.Equal(fields[0], actual[0]);
        Assert.Equal(fields[3], actual[3]);
        Assert.Equal(fields[4], actual[4]);
        Assert.Equal(fields[5], actual[5]);
        if (fields[1].Length > 0)
        {
            Assert.Equal(fields[1], actual[1]);
        }
    }

    [Theory]
    [InlineData("Port=5432;Database=facepay", "names no Host")]
    [InlineData("Host=db;Password='open", "unterminated quoted value")]
    [InlineData("Host=db;Database", "has no '='")]
    public async Task A_connection_string_the_job_cannot_read_is_refused(string connectionString, string message)
    {
        var result = await RunScriptAsync(new() { ["FACEPAY_POSTGRES_CONNECTION_STRING"] = connectionString });
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
    }

    private static async Task<CommandResult> RunScriptAsync(Dictionary<string, string> environment)
    {
        // An empty value is how a test removes a variable the test runner itself might carry.
        environment.TryAdd("FACEPAY_POSTGRES_CONNECTION_STRING", string.Empty);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await CommandLine.RunAsync("bash", [Script], environment, cancellationToken: timeout.Token);
    }

    private static async Task<long> QueryCountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM OrleansQuery", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
