namespace FacePay.Testing;

/// <summary>How a <see cref="PostgresServer"/> is set up.</summary>
public sealed class PostgresServerOptions
{
    /// <summary>The database created and given the schema. Default <c>facepay</c>.</summary>
    public string DatabaseName { get; init; } = "facepay";

    /// <summary>
    /// Whether writes are flushed to disk (fsync). Off by default: test servers are thrown away, and a stop or
    /// kill of the server (even <c>-m immediate</c>) still keeps every committed row, because commits still
    /// write their WAL to the operating system; only a machine crash would lose unflushed pages.
    /// </summary>
    public bool DurableWrites { get; init; }

    /// <summary>The folder of schema files to apply; default <see cref="RepositoryPaths.SqlDirectory"/>.</summary>
    public string? SqlDirectory { get; init; }

    /// <summary>The TCP port on 127.0.0.1; 0 (default) picks a free one on the first start.</summary>
    public int Port { get; init; }
}
