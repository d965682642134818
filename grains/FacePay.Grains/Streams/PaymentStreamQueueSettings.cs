using Orleans.Configuration;

namespace FacePay.Grains.Streams;

/// <summary>How long payment events wait in the queue, and how often a delivery is retried.</summary>
internal static class PaymentStreamQueueSettings
{
    /// <summary>Sets the queue's timings on <paramref name="options"/>.</summary>
    public static void Apply(AdoNetStreamOptions options)
    {
        // A message handed to a silo that dies unconfirmed is visible again after this long.
        options.VisibilityTimeout = TimeSpan.FromSeconds(30);

        // Subscribers store what they receive before they answer, so repeated failures mean a bug: keep the message
        // as a dead letter for an operator rather than retrying forever.
        options.MaxAttempts = 10;

        // Events outlive a day-long outage of every silo; the channels themselves give up after about 25 hours.
        options.ExpiryTimeout = TimeSpan.FromDays(1);
    }
}
