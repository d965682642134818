using System.Net;
using FacePay.Cli.Commands.Load;

namespace FacePay.Cli.Tests;

public sealed class LoopbackClusterTests
{
    [Fact]
    public void Silos_on_loopback_addresses_may_be_loaded()
    {
        Assert.Null(LoopbackCluster.Refusal([new IPEndPoint(IPAddress.Loopback, 11111), new IPEndPoint(IPAddress.Parse("127.0.0.2"), 11112), new IPEndPoint(IPAddress.IPv6Loopback, 11113)]));
    }

    [Fact]
    public void One_silo_elsewhere_refuses_the_run_and_is_named()
    {
        var refusal = LoopbackCluster.Refusal([new IPEndPoint(IPAddress.Loopback, 11111), new IPEndPoint(IPAddress.Parse("10.0.0.5"), 11111)]);

        Assert.NotNull(refusal);
        Assert.Contains("10.0.0.5:11111", refusal, StringComparison.Ordinal);
        Assert.Contains("1 of 2 silos", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_without_active_silos_is_refused()
    {
        Assert.Equal("the cluster has no active silo.", LoopbackCluster.Refusal([]));
    }
}
