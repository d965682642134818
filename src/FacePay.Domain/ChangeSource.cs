namespace FacePay.Domain;

/// <summary>Who or what caused a change to an order; recorded in the order history and on events.</summary>
[GenerateSerializer, Alias("FacePay.ChangeSource")]
public enum ChangeSource
{
    /// <summary>A merchant call through the client or Merchant API.</summary>
    Api = 1,

    /// <summary>The synchronous response of a channel call made by the cluster.</summary>
    ChannelResponse = 2,

    /// <summary>An asynchronous notification pushed by the channel.</summary>
    ChannelNotification = 3,

    /// <summary>A query the cluster made to the channel to settle an unknown outcome.</summary>
    ChannelQuery = 4,

    /// <summary>A timer or reminder of the order grain (expiry, follow-up queries).</summary>
    Reminder = 5,

    /// <summary>A human operator (console or CLI).</summary>
    Operator = 6,
}
