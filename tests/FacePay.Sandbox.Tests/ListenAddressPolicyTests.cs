namespace FacePay.Sandbox.Tests;

public sealed class ListenAddressPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void Loopback_urls_are_always_allowed(string url)
    {
        Assert.Null(ListenAddressPolicy.Refusal(url, listenBeyondLoopback: false));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://10.1.2.3:5080")]
    [InlineData("http://sandbox.example:5080")]
    public void Other_addresses_are_refused_unless_explicitly_allowed(string url)
    {
        var refusal = ListenAddressPolicy.Refusal(url, listenBeyondLoopback: false);
        Assert.NotNull(refusal);
        Assert.Contains("Sandbox:ListenBeyondLoopback", refusal, StringComparison.Ordinal);
        Assert.Null(ListenAddressPolicy.Refusal(url, listenBeyondLoopback: true));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1:21")]
    public void Urls_that_are_not_http_are_refused_even_when_allowed(string url)
    {
        Assert.NotNull(ListenAddressPolicy.Refusal(url, listenBeyondLoopback: true));
    }
}
