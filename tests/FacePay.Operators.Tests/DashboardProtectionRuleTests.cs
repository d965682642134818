using FacePay.Operators.Dashboard;

namespace FacePay.Operators.Tests;

public sealed class DashboardProtectionRuleTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8081", true)]
    [InlineData("http://localhost:8081", true)]
    [InlineData("http://[::1]:8081", true)]
    [InlineData("http://127.0.0.5:80/", true)]
    [InlineData("http://0.0.0.0:8081", false)]
    [InlineData("http://*:8081", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://10.1.2.3:8081", false)]
    [InlineData("http://silo.internal:8081", false)]
    public void Only_addresses_of_this_machine_are_loopback(string url, bool loopback)
    {
        Assert.Equal(loopback, DashboardProtectionRule.IsLoopback(url));
    }

    [Fact]
    public void Development_on_loopback_only_leaves_the_dashboard_open()
    {
        Assert.False(DashboardProtectionRule.IsRequired(DashboardProtection.Auto, isDevelopment: true, ["http://127.0.0.1:8081"]));
    }

    [Fact]
    public void Any_other_listener_production_or_always_protects_it()
    {
        Assert.True(DashboardProtectionRule.IsRequired(DashboardProtection.Auto, true, ["http://127.0.0.1:8081", "http://0.0.0.0:9000"]));
        Assert.True(DashboardProtectionRule.IsRequired(DashboardProtection.Auto, false, ["http://127.0.0.1:8081"]));
        Assert.True(DashboardProtectionRule.IsRequired(DashboardProtection.Always, true, ["http://127.0.0.1:8081"]));
        Assert.True(DashboardProtectionRule.IsRequired(DashboardProtection.Auto, true, []));
    }
}
