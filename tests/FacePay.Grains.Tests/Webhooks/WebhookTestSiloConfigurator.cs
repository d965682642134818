using FacePay.Domain.Webhooks;
using FacePay.Grains.Webhooks;
using Orleans.TestingHost;

namespace FacePay.Grains.Tests.Webhooks;

/// <summary>
/// Adds webhook delivery to the test silos the way the production silo should (<see cref="WebhookServiceCollectionExtensions.AddFacePayWebhooks"/>),
/// with plain-http loopback endpoints allowed and a short retry schedule so retries and dead letters happen in seconds.
/// </summary>
public sealed class WebhookTestSiloConfigurator : ISiloConfigurator
{
    /// <summary>Five attempts: immediately, then after 0.2, 0.4, 0.8 and 1.2 seconds.</summary>
    public static readonly WebhookRetrySchedule Schedule = new(
    [
        TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(400),
        TimeSpan.FromMilliseconds(800),
        TimeSpan.FromMilliseconds(1200),
    ]);

    public void Configure(ISiloBuilder siloBuilder)
    {
        ArgumentNullException.ThrowIfNull(siloBuilder);
        siloBuilder.Services.AddFacePayWebhooks(options =>
        {
            options.RequireHttps = false;
            options.RetrySchedule = Schedule;
            options.RequestTimeout = TimeSpan.FromSeconds(5);
            options.ReminderPeriod = TimeSpan.FromSeconds(30);
        });
    }
}
