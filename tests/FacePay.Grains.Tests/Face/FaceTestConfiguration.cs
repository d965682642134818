using Microsoft.Extensions.Configuration;

namespace FacePay.Grains.Tests.Face;

/// <summary>
/// The face configuration of the test silos: models from <c>FACEPAY_MODELS_DIR</c> or <c>~/.facepay/models</c>
/// (resolved by the face library; loaded on the first face check only), and a fixed AES-256-GCM test template key.
/// </summary>
public static class FaceTestConfiguration
{
    /// <summary>A test-only key (32 bytes 0x01..0x20); never used outside tests.</summary>
    public static readonly string TemplateKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static IConfiguration Create() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Face:Templates:ActiveKeyId"] = "test1",
            ["Face:Templates:Keys:test1:Cipher"] = "Aes256Gcm",
            ["Face:Templates:Keys:test1:Key"] = TemplateKey,
        })
        .Build();
}
