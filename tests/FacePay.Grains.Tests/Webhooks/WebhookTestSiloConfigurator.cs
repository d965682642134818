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
    /// <summary>
    /// Four attempts: immediately, then after 0.2 s, 0.4 s and 4 s (the long last wait leaves room to deactivate a
    /// dispatcher between attempts).
    /// </summary>
    public static readonly WebhookRetrySchedule Schedule = new(
    [
        TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(400),
        TimeSpan.FromSeconds(4),
    ]);

    /// <summary>The backlog reminder period on the test silos (production: 1 minute).</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(2);

    public void Configure(ISiloBuilder siloBuilder)
    {
        ArgumentNullException.ThrowIfNull(siloBuilder);
        siloBuilder.Services.AddFacePayWebhooks(options =>
        {
            options.RequireHttps = false;
            options.RetrySchedule = Schedule;
            options.RequestTimeout = TimeSpan.FromSeconds(5);
            options.ReminderPeriod = ReminderPeriod;
        });
    }
}
