using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;

namespace FacePay.Channels.Tests.Crypto;

public sealed class RsaKeyLoaderTests
{
    private static readonly byte[] Data = Encoding.UTF8.GetBytes("facepay");

    public static TheoryData<string> PrivateKeyForms()
    {
        var key = TestKeys.App;
        var pkcs8 = key.ExportPkcs8PrivateKey();
        var pkcs1 = key.ExportRSAPrivateKey();
        return new TheoryData<string>
        {
            key.ExportPkcs8PrivateKeyPem(),
            key.ExportRSAPrivateKeyPem(),
            Convert.ToBase64String(pkcs8),
            Convert.ToBase64String(pkcs1),
            Convert.ToBase64String(pkcs8, Base64FormattingOptions.InsertLineBreaks),
        };
    }

    [Theory]
    [MemberData(nameof(PrivateKeyForms))]
    public void Private_key_loads_from_pkcs8_pkcs1_pem_and_bare_base64(string text)
    {
        using var loaded = RsaKeyLoader.LoadPrivateKey(text);
        var signature = loaded.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(TestKeys.App.VerifyData(Data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public static TheoryData<string> PublicKeyForms()
    {
        var key = TestKeys.App;
        return new TheoryData<string>
        {
            key.ExportSubjectPublicKeyInfoPem(),
            key.ExportRSAPublicKeyPem(),
            Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
            Convert.ToBase64String(key.ExportRSAPublicKey()),
        };
    }

    [Theory]
    [MemberData(nameof(PublicKeyForms))]
    public void Public_key_loads_from_spki_pkcs1_pem_and_bare_base64(string text)
    {
        using var loaded = RsaKeyLoader.LoadPublicKey(text);
        var signature = TestKeys.App.SignData(Data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Assert.True(loaded.VerifyData(Data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Public_key_loads_from_a_certificate_pem()
    {
        using var fromCertificate = RsaKeyLoader.LoadPublicKey(WechatPayGoVectors.PlatformCertificate);
        using var privateKey = RsaKeyLoader.LoadPrivateKey(WechatPayGoVectors.PrivateKeyPem);
        Assert.Equal(privateKey.ExportParameters(false).Modulus, fromCertificate.ExportParameters(false).Modulus);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a key at all!")]
    [InlineData("AAAA")]
    [InlineData("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")]
    public void Unreadable_private_key_text_raises_key_format_exception(string text)
    {
        Assert.Throws<KeyFormatException>(() => RsaKeyLoader.LoadPrivateKey(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("AAAA")]
    public void Unreadable_public_key_text_raises_key_format_exception(string text)
    {
        Assert.Throws<KeyFormatException>(() => RsaKeyLoader.LoadPublicKey(text));
    }

    [Fact]
    public void Testing_key_label_is_rejected_until_renamed()
    {
        Assert.Throws<KeyFormatException>(() => RsaKeyLoader.LoadPrivateKey(WechatPayGoVectors.TestingKey));
    }
}
