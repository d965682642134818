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

    /// <summary>Most queue messages of one stream handed to a subscriber in one delivery.</summary>
    public const int DeliveryBatchSize = 64;

    /// <summary>How often each queue's pulling agent looks for new events.</summary>
    public static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>Sets the pulling agents' timings on <paramref name="options"/>.</summary>
    public static void Apply(StreamPullingAgentOptions options)
    {
        // Orleans polls every 100 ms by default: on average 50 ms between an order's change and its webhook dispatcher
        // hearing of it, a large part of the fan-out latency. An empty poll is one cheap query per queue, and there are
        // only PaymentStreamQueues queues in the whole cluster, so a fifth of the default costs little.
        options.GetQueueMsgsTimerPeriod = PollPeriod;

        // What has queued up for one stream reaches each subscriber in one delivery call, up to this many queue
        // messages: a batch subscriber (the webhook dispatcher) stores the lot with one write, where one call per
        // event bounded a busy merchant to about one PostgreSQL commit per event. Single-event subscribers still get
        // the events one at a time, in order, within that call.
        options.BatchContainerBatchSize = DeliveryBatchSize;
    }

}
