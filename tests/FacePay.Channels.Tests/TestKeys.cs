using System.Security.Cryptography;

namespace FacePay.Channels.Tests;

/// <summary>Freshly generated RSA-2048 key pairs, shared by a test run (generation is slow-ish).</summary>
internal static class TestKeys
{
    private static readonly Lazy<RSA> LazyAlipay = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> LazyApp = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> LazyOther = new(() => RSA.Create(2048));

    /// <summary>Plays the Alipay gateway key.</summary>
    public static RSA Alipay => LazyAlipay.Value;

    /// <summary>Plays the merchant's app / API key.</summary>
    public static RSA App => LazyApp.Value;

    /// <summary>An unrelated key (wrong-key cases).</summary>
    public static RSA Other => LazyOther.Value;

    public static string PrivatePkcs8Pem(RSA key) => key.ExportPkcs8PrivateKeyPem();

    public static string PrivatePkcs1Pem(RSA key) => key.ExportRSAPrivateKeyPem();

    public static string PublicPem(RSA key) => key.ExportSubjectPublicKeyInfoPem();

    public static RSA PrivateCopy(RSA key)
    {
        var copy = RSA.Create();
        copy.ImportPkcs8PrivateKey(key.ExportPkcs8PrivateKey(), out _);
        return copy;
    }

    public static RSA PublicCopy(RSA key)
    {
        var copy = RSA.Create();
        copy.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return copy;
    }
}
