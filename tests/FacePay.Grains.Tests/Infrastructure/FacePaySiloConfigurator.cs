using FacePay.Contracts;
using FacePay.Grains.Face;
using FacePay.Grains.Streams;
using FacePay.Grains.Tests.Face;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>
/// Configures every test silo like a production silo on PostgreSQL: ADO.NET clustering, grain storage (FacePay and
/// pub-sub) with Orleans' binary serializer, ADO.NET reminders, and the payment stream on PostgreSQL queues.
/// </summary>
public sealed class FacePaySiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        ArgumentNullException.ThrowIfNull(siloBuilder);
        var connectionString = siloBuilder.Configuration[TestClusterSettings.PostgresConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{TestClusterSettings.PostgresConnectionStringKey} is not set; build the cluster with ClusterFixture.");
        }

        siloBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = TestClusterSettings.NpgsqlInvariant;
            options.ConnectionString = connectionString;
        });

        AddGrainStorage(siloBuilder, ProviderNames.GrainStorage, connectionString);
        AddGrainStorage(siloBuilder, ProviderNames.PubSubStore, connectionString);

        siloBuilder.UseAdoNetReminderService(options =>
        {
            options.Invariant = TestClusterSettings.NpgsqlInvariant;
            options.ConnectionString = connectionString;
        });
        siloBuilder.Configure<ReminderOptions>(options =>
            options.MinimumReminderPeriod = TestClusterSettings.MinimumReminderPeriod);

        siloBuilder.AddFacePayPaymentStream(_ => connectionString);

        // Face grains: models load on the first face check only, so clusters that never check a face pay nothing.
        siloBuilder.Services.AddFacePayFaceGrains(FaceTestConfiguration.Create());
    }

    private static void AddGrainStorage(ISiloBuilder siloBuilder, string name, string connectionString) =>
        siloBuilder.Services.AddAdoNetGrainStorage(name, optionsBuilder =>
            optionsBuilder.Configure<Serializer>((options, serializer) =>
            {
                options.Invariant = TestClusterSettings.NpgsqlInvariant;
                options.ConnectionString = connectionString;

                // Orleans' own version-tolerant binary format ([GenerateSerializer]/[Id]) instead of the default
                // Newtonsoft JSON with $type names.
                options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
}
