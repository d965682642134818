using System.Diagnostics;
using FacePay.Sandbox;
using FacePay.Testing;
using Orleans.TestingHost;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>
/// A two-silo Orleans test cluster on a private PostgreSQL: membership, grain state and reminders all go through
/// the ADO.NET providers and the schema in <c>deploy/sql</c>. Shared by every test class in
/// <see cref="ClusterCollection"/>; each cluster gets a fresh ClusterId and ServiceId, so its rows never mix with
/// another run's. Tests should use their own grain keys.
/// </summary>
public class ClusterFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>The PostgreSQL server behind the cluster.</summary>
    public PostgresServer Postgres { get; } = new();

    /// <summary>The running cluster (silos, options, <see cref="TestCluster.Client"/>).</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <summary>How long starting PostgreSQL and deploying both silos took (for the record, never asserted).</summary>
    public TimeSpan StartupDuration { get; private set; }

    /// <summary>The channel sandbox the silos' Alipay and WeChat Pay clients talk to.</summary>
    public SandboxHost Sandbox { get; private set; } = null!;

    /// <summary>Receives the sandbox's notifications and routes them into the cluster.</summary>
    public NotificationRelay Notifications { get; } = new();

    private readonly string _credentialsDirectory = Path.Combine(Path.GetTempPath(), "facepay-sandbox-" + Guid.NewGuid().ToString("N"));

    /// <summary>Services of a silo (0 = primary), e.g. to reach a grain storage provider directly.</summary>
    public IServiceProvider SiloServices(int index = 0)
    {
        var silo = Cluster.Silos[index] as InProcessSiloHandle
            ?? throw new InvalidOperationException("The test cluster's silos are expected to run in this process.");
        return silo.ServiceProvider;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        await Postgres.StartAsync();
        var postgresReady = clock.Elapsed;

        // Notification retries at 60x speed: Alipay's 4-minute first resend arrives after 4 s.
        Sandbox = await SandboxHost.StartAsync(new SandboxOptions { TimeCompression = 60 });
        Sandbox.Credentials.Save(_credentialsDirectory);
        Notifications.Start();

        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[TestClusterSettings.PostgresConnectionStringKey] = Postgres.ConnectionString;
        builder.Properties[ChannelTestSettings.CredentialsDirectoryKey] = _credentialsDirectory;
        builder.Properties[ChannelTestSettings.BaseUrlKey] = Sandbox.BaseUrl.ToString();
        builder.Properties[ChannelTestSettings.NotifyBaseUrlKey] = Notifications.BaseUrl;
        builder.AddSiloBuilderConfigurator<FacePaySiloConfigurator>();
        builder.AddSiloBuilderConfigurator<ChannelSiloConfigurator>();
        builder.AddClientBuilderConfigurator<FacePayClientConfigurator>();
        Configure(builder);

        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Notifications.Grains = Cluster.Client;
        StartupDuration = clock.Elapsed;
        diagnostics.OnMessage(new DiagnosticMessage(
            $"PostgreSQL ready in {postgresReady.TotalSeconds:F1} s, 2-silo cluster in {StartupDuration.TotalSeconds:F1} s " +
            $"(cluster {Cluster.Options.ClusterId})"));
    }

    /// <summary>Adds to the cluster a derived fixture needs (more silo configurators); the shared fixture adds nothing.</summary>
    /// <param name="builder">The builder, configured like the shared cluster.</param>
    protected virtual void Configure(TestClusterBuilder builder)
    {
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        try
        {
            if (Cluster is not null)
            {
                await Cluster.StopAllSilosAsync();
                await Cluster.DisposeAsync();
            }
        }
        finally
        {
            await Notifications.DisposeAsync();
            if (Sandbox is not null)
            {
                await Sandbox.DisposeAsync();
            }

            await Postgres.DisposeAsync();
            if (Directory.Exists(_credentialsDirectory))
            {
                Directory.Delete(_credentialsDirectory, recursive: true);
            }
        }
    }
}
