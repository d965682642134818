using System.Text;
using FacePay.MerchantApi.Authentication;

namespace FacePay.EndToEnd.Tests;

/// <summary>The signature scheme on its own: the README's example (computed with openssl) and what a change breaks.</summary>
public sealed class RequestSignatureTests
{
    private const string Secret = "development-only-secret-m1-TTpZaCLHg15w2Dx5czpo";
    private const string Nonce = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void The_documented_example_signs_to_the_documented_value()
    {
        var canonical = RequestSignature.Canonical("get", "/v1/orders/demo_0001", 1764590400, Nonce, RequestSignature.EmptyBodySha256);

        Assert.Equal("GET\n/v1/orders/demo_0001\n1764590400\n" + Nonce + "\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n", canonical);
        Assert.Equal("v1=9d2fb6cdda2715845dad8417d13a759e6e9e028b3d6278b1df8fbd698e13f972", RequestSignature.Sign(Secret, canonical));
    }

    [Fact]
    public void Verification_fails_for_any_other_field_value_secret_or_malformed_header()
    {
        var key = Encoding.UTF8.GetBytes(Secret);
        var body = RequestSignature.BodySha256("{}"u8);
        var canonical = RequestSignature.Canonical("POST", "/v1/orders", 1764590400, Nonce, body);
        var signature = RequestSignature.Sign(Secret, canonical);

        Assert.True(RequestSignature.Verify(key, canonical, signature));
        Assert.False(RequestSignature.Verify(key, RequestSignature.Canonical("PUT", "/v1/orders", 1764590400, Nonce, body), signature));
        Assert.False(RequestSignature.Verify(key, RequestSignature.Canonical("POST", "/v1/orders?x=1", 1764590400, Nonce, body), signature));
        Assert.False(RequestSignature.Verify(key, RequestSignature.Canonical("POST", "/v1/orders", 1764590401, Nonce, body), signature));
        Assert.False(RequestSignature.Verify(key, RequestSignature.Canonical("POST", "/v1/orders", 1764590400, Nonce + "0", body), signature));
        Assert.False(RequestSignature.Verify(key, RequestSignature.Canonical("POST", "/v1/orders", 1764590400, Nonce, RequestSignature.EmptyBodySha256), signature));
        Assert.False(RequestSignature.Verify(Encoding.UTF8.GetBytes(Secret + "x"), canonical, signature));
        Assert.False(RequestSignature.Verify(key, canonical, signature.ToUpperInvariant()));
        Assert.False(RequestSignature.Verify(key, canonical, signature[3..]));
        Assert.False(RequestSignature.Verify(key, canonical, "v1=zz" + signature[5..]));
        Assert.False(RequestSignature.Verify(key, canonical, null));
    }
}
