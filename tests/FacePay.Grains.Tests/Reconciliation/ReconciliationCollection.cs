using Xunit;

namespace FacePay.Grains.Tests.Reconciliation;

/// <summary>The reconciliation tests share one <see cref="ReconciliationClusterFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ReconciliationCollection : ICollectionFixture<ReconciliationClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Reconciliation cluster";
}
