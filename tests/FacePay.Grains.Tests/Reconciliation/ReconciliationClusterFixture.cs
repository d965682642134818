using FacePay.Grains.Tests.Infrastructure;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace FacePay.Grains.Tests.Reconciliation;

/// <summary>
/// A cluster of its own (PostgreSQL, two silos, sandbox) with reconciliation registered. Separate from the shared
/// fixture because a channel bill covers the whole channel account for a day: the shared cluster's other tests
/// leave their own trades (some deliberately odd) in the same bill, which would make "a clean day" depend on them.
/// </summary>
public sealed class ReconciliationClusterFixture(IMessageSink diagnostics) : ClusterFixture(diagnostics)
{
    protected override void Configure(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<ReconciliationTestSiloConfigurator>();
}
