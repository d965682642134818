namespace FacePay.Contracts;

/// <summary>
/// Names of the Orleans providers every silo and client registers. Grains, hosts and tests refer to these
/// constants so that a provider is never looked up by a mistyped string.
/// </summary>
public static class ProviderNames
{
    /// <summary>The ADO.NET (PostgreSQL) grain storage that holds orders, members and sessions.</summary>
    public const string GrainStorage = "facepay";

    /// <summary>The storage that holds stream pub-sub subscriptions (must survive silo restarts).</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>The stream provider carrying payment events.</summary>
    public const string PaymentStream = "payments";

    /// <summary>The stream namespace of payment events; the stream key is the merchant id.</summary>
    public const string PaymentStreamNamespace = "payments";
}
