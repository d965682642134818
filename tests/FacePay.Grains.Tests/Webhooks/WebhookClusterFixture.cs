using FacePay.Grains.Tests.Infrastructure;
using FacePay.Testing;
using Orleans.TestingHost;
using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

/// <summary>
/// A two-silo cluster on its own PostgreSQL, configured like <see cref="ClusterFixture"/> plus webhook delivery
/// (<see cref="WebhookTestSiloConfigurator"/>). Separate from the shared fixture because that one offers no way to
/// add a silo configurator; it can fold into it once the production silo registers webhooks too.
/// </summary>
public sealed class WebhookClusterFixture : IAsyncLifetime
{
    /// <summary>The PostgreSQL server behind the cluster.</summary>
    public PostgresServer Postgres { get; } = new();

    /// <summary>The running cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <summary>The cluster's client.</summary>
    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        await Postgres.StartAsync();
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConfigureFileLogging = false;
        builder.Properties[TestClusterSettings.PostgresConnectionStringKey] = Postgres.ConnectionString;
        builder.AddSiloBuilderConfigurator<FacePaySiloConfigurator>();
        builder.AddSiloBuilderConfigurator<WebhookTestSiloConfigurator>();
        builder.AddClientBuilderConfigurator<FacePayClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

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
            await Postgres.DisposeAsync();
        }
    }
}
