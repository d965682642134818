using System.Globalization;
using Npgsql;

namespace FacePay.Testing;

/// <summary>
/// A private, throw-away PostgreSQL server for tests: a fresh data folder under the temp folder, a free TCP port on
/// 127.0.0.1 only, trust authentication, the <c>facepay</c> database with every <c>deploy/sql</c> file applied.
/// The same data survives <see cref="StopAsync"/>/<see cref="StartAsync"/> (for restart tests); disposing stops the
/// server at once and deletes the folder, and so does the process exiting, whatever state the tests left.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root: when the tests run as root the folder is given to the <c>postgres</c>
/// system user and the server programs run through <c>runuser -u postgres --</c>.
/// </remarks>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string FolderPrefix = "facepay-pg-";
    private const string OwnerFileName = "owner.pid";
    private static readonly TimeSpan ExitStopTimeout = TimeSpan.FromSeconds(10);

    private readonly PostgresServerOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresBinaries? _binaries;
    private string? _rootDirectory;
    private int _port;
    private bool _created;
    private bool _running;
    private bool _disposed;

    /// <summary>Creates a server description; nothing runs until <see cref="StartAsync"/>.</summary>
    public PostgresServer(PostgresServerOptions? options = null)
    {
        _options = options ?? new PostgresServerOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(_options.DatabaseName);
        ArgumentOutOfRangeException.ThrowIfNegative(_options.Port);
    }

    /// <summary>The database that holds the FacePay schema.</summary>
    public string DatabaseName => _options.DatabaseName;

    /// <summary>The TCP port on 127.0.0.1 (fixed after the first start, kept across restarts).</summary>
    public int Port => _port != 0 ? _port : throw NotStarted();

    /// <summary>The folder holding the data folder, the socket folder and the server log.</summary>
    public string RootDirectory => _rootDirectory ?? throw NotStarted();

    /// <summary>The PostgreSQL data folder.</summary>
    public string DataDirectory => Path.Combine(RootDirectory, "data");

    /// <summary>The server log; worth reading when a test fails in the database.</summary>
    public string LogFile => Path.Combine(RootDirectory, "postgres.log");

    /// <summary>Whether the server is running (as far as this object started and stopped it).</summary>
    public bool IsRunning => _running;

    /// <summary>Npgsql connection string to <see cref="DatabaseName"/>.</summary>
    public string ConnectionString => BuildConnectionString(DatabaseName);

    /// <summary>Npgsql connection string to the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => BuildConnectionString("postgres");

    /// <summary>
    /// Starts the server. The first call creates the data folder, the database and the schema; later calls (after
    /// <see cref="StopAsync"/> or <see cref="KillAsync"/>) start the same data on the same port.
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed, or the server did not start.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_running)
            {
                return;
            }

            if (!_created)
            {
                await CreateAsync(cancellationToken).ConfigureAwait(false);
                _created = true;
            }
            else
            {
                await StartServerAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the server cleanly (<c>pg_ctl stop -m fast</c>); data is kept.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => StopServerAsync("fast", cancellationToken);

    /// <summary>
    /// Stops the server abruptly (<c>-m immediate</c>, like a crash: recovery runs on the next start); data is kept.
    /// </summary>
    public Task KillAsync(CancellationToken cancellationToken = default) => StopServerAsync("immediate", cancellationToken);

    /// <summary>Stops the server cleanly and starts it again on the same data and port.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken).ConfigureAwait(false);
        await StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies every schema file again (they are idempotent); the server must be running.</summary>
    public async Task ApplySchemaAsync(CancellationToken cancellationToken = default)
    {
        var sqlDirectory = _options.SqlDirectory ?? RepositoryPaths.SqlDirectory;
        var files = Directory.GetFiles(sqlDirectory, "*.sql").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No *.sql files in {sqlDirectory}.");
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var file in files)
        {
            var script = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
#pragma warning disable CA2100 // the schema files of this repository, not user input
            await using var command = new NpgsqlCommand(script, connection, transaction);
#pragma warning restore CA2100
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                throw new InvalidOperationException($"Applying {Path.GetFileName(file)} failed: {ex.Message}", ex);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens a connection to <see cref="DatabaseName"/> (for assertions on table contents).</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops the server at once and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            if (_running)
            {
                try
                {
                    await PgCtlStopAsync("immediate", CancellationToken.None).ConfigureAwait(false);
                }
                catch (InvalidOperationException)
                {
                    // Already gone; the folder is removed below either way.
                }

                _running = false;
                NpgsqlConnection.ClearAllPools();
            }

            DeleteRoot();
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        _binaries = PostgresBinaries.Locate();
        RemoveOrphans(_binaries);

        _rootDirectory = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(_rootDirectory, "sock"));
        await File.WriteAllTextAsync(
            Path.Combine(_rootDirectory, OwnerFileName),
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
            cancellationToken).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        await GiveToServerOwnerAsync(cancellationToken).ConfigureAwait(false);

        await ProcessRunner.RunAsServerOwnerAsync(
            _binaries.InitDb,
            ["-D", DataDirectory, "-U", "postgres", "-E", "UTF8", "--locale=C", "--auth=trust", "--no-sync"],
            cancellationToken).ConfigureAwait(false);

        // Only the Unix socket and loopback may connect (the server also listens on 127.0.0.1 only).
        await File.WriteAllTextAsync(
            Path.Combine(DataDirectory, "pg_hba.conf"),
            "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n",
            cancellationToken).ConfigureAwait(false);
        await GiveToServerOwnerAsync(cancellationToken).ConfigureAwait(false);

        _port = _options.Port != 0 ? _options.Port : FreeTcpPort.Find();
        await StartServerAsync(cancellationToken).ConfigureAwait(false);

        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
#pragma warning disable CA2100 // the database name is quoted as an identifier
            await using var create = new NpgsqlCommand(
                $"CREATE DATABASE \"{DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\" ENCODING 'UTF8' TEMPLATE template0",
                admin);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await ApplySchemaAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var binaries = _binaries ?? throw NotStarted();
        var settings = $"-p {_port} -k {Path.Combine(RootDirectory, "sock")} -c listen_addresses=127.0.0.1";
        if (!_options.DurableWrites)
        {
            // Only what an OS crash could lose: commits still wait for their WAL write, so a killed server
            // (-m immediate) keeps every committed transaction. synchronous_commit=off would not.
            settings += " -c fsync=off -c full_page_writes=off";
        }

        // While the server was stopped, its port was free; a socket of another process may hold it briefly.
        // The port must stay the same (silos keep the connection string), so retry for a while.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ProcessRunner.RunAsServerOwnerAsync(
                    binaries.PgCtl,
                    ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", settings, "start"],
                    cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (InvalidOperationException ex)
            {
                var log = ReadLogTail();
                if (attempt < 20 && log.Contains("Address already in use", StringComparison.Ordinal))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new InvalidOperationException($"PostgreSQL did not start on port {_port}:\n{log}", ex);
            }
        }

        _running = true;
    }

    private async Task StopServerAsync(string mode, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_running)
            {
                return;
            }

            await PgCtlStopAsync(mode, cancellationToken).ConfigureAwait(false);
            _running = false;

            // Pooled connections point at the old server process; drop them so the next open reconnects.
            NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            _gate.Release();
        }
    }

    private Task<string> PgCtlStopAsync(string mode, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsServerOwnerAsync(
            (_binaries ?? throw NotStarted()).PgCtl,
            ["-D", DataDirectory, "-m", mode, "-w", "-t", "60", "stop"],
            cancellationToken);

    private async Task GiveToServerOwnerAsync(CancellationToken cancellationToken)
    {
        if (ProcessRunner.IsRoot)
        {
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", RootDirectory], cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private string BuildConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Timeout = 15,
        CommandTimeout = 60,
    }.ConnectionString;

    private string ReadLogTail()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 30)));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(server log unreadable)";
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // The test host is exiting: stop the server at once and remove the folder, even if a test left it running.
        if (_binaries is not null && _rootDirectory is not null && _running)
        {
            ProcessRunner.RunAsServerOwnerQuietly(
                _binaries.PgCtl, ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], ExitStopTimeout);
        }

        DeleteRoot();
    }

    private void DeleteRoot()
    {
        if (_rootDirectory is null || !Directory.Exists(_rootDirectory))
        {
            return;
        }

        try
        {
            Directory.Delete(_rootDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the orphan sweep of a later run.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the orphan sweep of a later run.
        }
    }

    /// <summary>
    /// Removes the folders (and stops the servers) of earlier test processes that died without cleaning up,
    /// recognised by an owner process id that no longer exists.
    /// </summary>
    private static void RemoveOrphans(PostgresBinaries binaries)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var ownerFile = Path.Combine(folder, OwnerFileName);
            if (!File.Exists(ownerFile) ||
                !int.TryParse(File.ReadAllText(ownerFile), NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner) ||
                Directory.Exists($"/proc/{owner}"))
            {
                continue;
            }

            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                ProcessRunner.RunAsServerOwnerQuietly(
                    binaries.PgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], ExitStopTimeout);
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another run is sweeping it too.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to remove.
            }
        }
    }

    private static InvalidOperationException NotStarted() =>
        new("The PostgreSQL server has not been started; call StartAsync first.");
}
