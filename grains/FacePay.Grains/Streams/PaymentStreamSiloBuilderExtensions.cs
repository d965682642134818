using FacePay.Contracts;

namespace FacePay.Grains.Streams;

/// <summary>The durable <c>payments</c> stream on a silo: Orleans' ADO.NET queue in the cluster's PostgreSQL.</summary>
public static class PaymentStreamSiloBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="ProviderNames.PaymentStream"/> provider. Events are rows in PostgreSQL until every
    /// subscriber has had them, so an event published just before its silo dies is delivered by another silo
    /// (at least once; subscribers deduplicate by event id).
    /// </summary>
    /// <param name="silo">The silo being configured.</param>
    /// <param name="connectionString">Resolves the PostgreSQL connection string once the silo's services exist.</param>
    public static ISiloBuilder AddFacePayPaymentStream(this ISiloBuilder silo, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(connectionString);
        return silo.AddAdoNetStreams(ProviderNames.PaymentStream, stream =>
        {
            stream.ConfigurePartitioning(ProviderNames.PaymentStreamQueues);
            stream.ConfigurePullingAgent(agent => agent.Configure(PaymentStreamQueueSettings.Apply));
            stream.ConfigureAdoNet(options => options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = ProviderNames.NpgsqlInvariant;
                o.ConnectionString = connectionString(services);
                PaymentStreamQueueSettings.Apply(o);
            }));
        });
    }
}
