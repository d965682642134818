using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

/// <summary>Webhook test classes share one <see cref="WebhookClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WebhookClusterCollection : ICollectionFixture<WebhookClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Orleans cluster with webhook delivery";
}
