using System.Net;
using FacePay.Contracts;
using FacePay.Grains.Streams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace FacePay.Silo.Hosting;

/// <summary>Wires a silo to the FacePay cluster: PostgreSQL membership, grain state, reminders and streams.</summary>
public static class FacePaySiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant name of the Npgsql provider.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Configures clustering, storage, reminders and the payment stream from <see cref="FacePaySiloOptions"/>
    /// bound to <see cref="FacePaySiloOptions.Section"/> and validated when the host starts.
    /// </summary>
    public static ISiloBuilder AddFacePayCluster(this ISiloBuilder silo)
    {
        silo.Services.AddOptions<FacePaySiloOptions>()
            .BindConfiguration(FacePaySiloOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        silo.Services.AddOptions<ClusterOptions>().Configure<IOptions<FacePaySiloOptions>>((o, s) =>
        {
            o.ClusterId = s.Value.ClusterId;
            o.ServiceId = s.Value.ServiceId;
        });
        silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<FacePaySiloOptions>>((o, s) =>
        {
            var address = IPAddress.Parse(s.Value.AdvertisedAddress);
            o.AdvertisedIPAddress = address;
            o.SiloPort = s.Value.SiloPort;
            o.GatewayPort = s.Value.GatewayPort;
            // Bind exactly the advertised address: loopback in development, never every interface by accident.
            o.SiloListeningEndpoint = new IPEndPoint(address, s.Value.SiloPort);
            o.GatewayListeningEndpoint = new IPEndPoint(address, s.Value.GatewayPort);
        });

        silo.Services.TryAddSingleton(TimeProvider.System);

        silo.UseAdoNetClustering(o => o.Configure<IOptions<FacePaySiloOptions>>((c, s) =>
            {
                c.Invariant = NpgsqlInvariant;
                c.ConnectionString = s.Value.PostgresConnectionString;
            }))
            .UseAdoNetReminderService(o => o.Configure<IOptions<FacePaySiloOptions>>((c, s) =>
            {
                c.Invariant = NpgsqlInvariant;
                c.ConnectionString = s.Value.PostgresConnectionString;
            }))
            .AddFacePayStorage(ProviderNames.GrainStorage)
            .AddFacePayStorage(ProviderNames.PubSubStore)
            .AddFacePayPaymentStream(services => services.GetRequiredService<IOptions<FacePaySiloOptions>>().Value.PostgresConnectionString);

        return silo;
    }

    // State is stored with Orleans' own serializer: version tolerant through [Id] members, and it round-trips
    // the immutable domain records that a JSON serializer without setters cannot rebuild.
    private static ISiloBuilder AddFacePayStorage(this ISiloBuilder silo, string name) =>
        silo.AddAdoNetGrainStorage(name, o => o.Configure<IOptions<FacePaySiloOptions>, Serializer>((c, s, serializer) =>
        {
            c.Invariant = NpgsqlInvariant;
            c.ConnectionString = s.Value.PostgresConnectionString;
            c.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
}
