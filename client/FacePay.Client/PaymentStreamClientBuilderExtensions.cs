using FacePay.Contracts;

namespace FacePay.Client;

/// <summary>The durable <c>payments</c> stream as a client sees it: the same PostgreSQL queues the silos read.</summary>
public static class PaymentStreamClientBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="ProviderNames.PaymentStream"/> provider to a client, so that it can subscribe to a
    /// merchant's payment events. The queue count matches the silos' (<see cref="ProviderNames.PaymentStreamQueues"/>).
    /// </summary>
    /// <param name="client">The client being configured.</param>
    /// <param name="connectionString">Resolves the PostgreSQL connection string once the client's services exist.</param>
    public static IClientBuilder AddFacePayPaymentStream(this IClientBuilder client, Func<IServiceProvider, string> connectionString)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(connectionString);
        return client.AddAdoNetStreams(ProviderNames.PaymentStream, stream =>
        {
            stream.ConfigurePartitioning(ProviderNames.PaymentStreamQueues);
            stream.ConfigureAdoNet(options => options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = ProviderNames.NpgsqlInvariant;
                o.ConnectionString = connectionString(services);
            }));
        });
    }
}
