using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace FacePay.Client;

/// <summary>Adds the FacePay cluster client to a merchant's host.</summary>
public static class FacePayClientHostingExtensions
{
    private const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Registers an Orleans client that finds the silos through the PostgreSQL membership table, and
    /// <see cref="IFacePayClient"/> on top of it. Settings come from <see cref="FacePayClientOptions.Section"/>.
    /// </summary>
    public static IHostApplicationBuilder AddFacePayClient(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddOptions<FacePayClientOptions>()
            .BindConfiguration(FacePayClientOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.UseOrleansClient(client =>
        {
            client.Services.AddOptions<ClusterOptions>().Configure<IOptions<FacePayClientOptions>>((o, s) =>
            {
                o.ClusterId = s.Value.ClusterId;
                o.ServiceId = s.Value.ServiceId;
            });
            client.UseAdoNetClustering(o => o.Configure<IOptions<FacePayClientOptions>>((c, s) =>
            {
                c.Invariant = NpgsqlInvariant;
                c.ConnectionString = s.Value.PostgresConnectionString;
            }));
            client.AddFacePayPaymentStream(services => services.GetRequiredService<IOptions<FacePayClientOptions>>().Value.PostgresConnectionString);

            // A caller's trace (an HTTP request) continues into the grains it calls, when anyone listens for it.
            client.AddActivityPropagation();
        });

        builder.Services.AddSingleton<IFacePayClient, FacePayClient>();
        return builder;
    }
}
