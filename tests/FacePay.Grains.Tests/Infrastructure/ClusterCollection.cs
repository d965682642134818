using Xunit;

namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>
/// Test classes marked <c>[Collection(ClusterCollection.Name)]</c> share one <see cref="ClusterFixture"/> (one
/// PostgreSQL, one two-silo cluster) and take it in their constructor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Orleans cluster on PostgreSQL";
}
