using FacePay.Client;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;

namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>Configures the test cluster's client: gateways from the PostgreSQL membership table, payment stream.</summary>
public sealed class FacePayClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(clientBuilder);
        var connectionString = configuration[TestClusterSettings.PostgresConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{TestClusterSettings.PostgresConnectionStringKey} is not set; build the cluster with ClusterFixture.");
        }

        clientBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = TestClusterSettings.NpgsqlInvariant;
            options.ConnectionString = connectionString;
        });
        clientBuilder.AddFacePayPaymentStream(_ => connectionString);
    }
}
