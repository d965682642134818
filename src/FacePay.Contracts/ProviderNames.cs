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

    /// <summary>
    /// How many PostgreSQL queues carry the payment stream. Silos and clients must agree on it: a stream maps to a
    /// queue by this count, and a queue no silo reads is never delivered.
    /// </summary>
    public const int PaymentStreamQueues = 2;

    /// <summary>The ADO.NET invariant name of the Npgsql provider, used by every ADO.NET provider.</summary>
    public const string NpgsqlInvariant = "Npgsql";
}
