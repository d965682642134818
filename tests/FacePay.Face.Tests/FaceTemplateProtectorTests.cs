using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using FacePay.Face.Templates;
using Microsoft.Extensions.Options;

namespace FacePay.Face.Tests;

public sealed class FaceTemplateProtectorTests
{
    private static readonly FaceEmbedding Template = RandomEmbedding(7);

    [Theory]
    [InlineData(TemplateCipher.Aes256Gcm)]
    [InlineData(TemplateCipher.Sm4Gcm)]
    public void Protected_template_round_trips_for_its_subject(TemplateCipher cipher)
    {
        var protector = new FaceTemplateProtector(Keys(cipher));

        var blob = protector.Protect(Template, "member-42");
        var restored = protector.Unprotect(blob, "member-42");

        Assert.Equal(Template.Values.ToArray(), restored.Values.ToArray());
    }

    [Theory]
    [InlineData(TemplateCipher.Aes256Gcm)]
    [InlineData(TemplateCipher.Sm4Gcm)]
    public void Ciphertext_does_not_contain_the_plaintext_embedding(TemplateCipher cipher)
    {
        var protector = new FaceTemplateProtector(Keys(cipher));
        var plaintext = Template.ToBytes();

        var blob = protector.Protect(Template, "member-42");

        // No 16-byte window of the plaintext (four floats) appears anywhere in the blob.
        for (var i = 0; i + 16 <= plaintext.Length; i += 16)
        {
            Assert.Equal(-1, blob.AsSpan().IndexOf(plaintext.AsSpan(i, 16)));
        }
    }

    [Fact]
    public void Same_template_encrypts_differently_each_time()
    {
        var protector = new FaceTemplateProtector(Keys(TemplateCipher.Aes256Gcm));

        Assert.NotEqual(protector.Protect(Template, "m"), protector.Protect(Template, "m"));
    }

    [Theory]
    [InlineData(TemplateCipher.Aes256Gcm)]
    [InlineData(TemplateCipher.Sm4Gcm)]
    public void Any_flipped_bit_is_detected(TemplateCipher cipher)
    {
        var protector = new FaceTemplateProtector(Keys(cipher));
        var blob = protector.Protect(Template, "member-42");

        // Every byte: header, key id, nonce, ciphertext and tag.
        for (var i = 0; i < blob.Length; i++)
        {
            var tampered = (byte[])blob.Clone();
            tampered[i] ^= 0x01;
            Assert.Throws<TemplateProtectionException>(() => protector.Unprotect(tampered, "member-42"));
        }
    }

    [Fact]
    public void Template_copied_to_another_member_does_not_open()
    {
        var protector = new FaceTemplateProtector(Keys(TemplateCipher.Aes256Gcm));
        var blob = protector.Protect(Template, "member-42");

        var ex = Assert.Throws<TemplateProtectionException>(() => protector.Unprotect(blob, "member-43"));
        Assert.Contains("another subject", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_or_foreign_blob_is_refused()
    {
        var protector = new FaceTemplateProtector(Keys(TemplateCipher.Aes256Gcm));
        var blob = protector.Protect(Template, "m");

        Assert.Throws<TemplateProtectionException>(() => protector.Unprotect(blob.AsSpan(0, blob.Length - 1), "m"));
        Assert.Throws<TemplateProtectionException>(() => protector.Unprotect([], "m"));
        Assert.Throws<TemplateProtectionException>(() => protector.Unprotect(Template.ToBytes(), "m"));
    }

    [Fact]
    public void Blob_from_a_retired_key_still_opens_after_rotation()
    {
        var oldKey = new TemplateKey("2026-01", TemplateCipher.Aes256Gcm, RandomNumberGenerator.GetBytes(32));
        var newKey = new TemplateKey("2026-11", TemplateCipher.Sm4Gcm, RandomNumberGenerator.GetBytes(16));
        var before = new FaceTemplateProtector(new FixedKeys(oldKey));
        var after = new FaceTemplateProtector(new FixedKeys(newKey, oldKey));
        var oldBlob = before.Protect(Template, "m");

        Assert.Equal(Template.Values.ToArray(), after.Unprotect(oldBlob, "m").Values.ToArray());
        Assert.Throws<TemplateProtectionException>(() => before.Unprotect(after.Protect(Template, "m"), "m"));
    }

    [Fact]
    public void Configured_keys_are_read_from_base64()
    {
        var options = new TemplateProtectionOptions { ActiveKeyId = "k1" };
        options.Keys["k1"] = new TemplateKeyOptions { Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
        options.Keys["sm"] = new TemplateKeyOptions { Cipher = TemplateCipher.Sm4Gcm, Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)) };

        var provider = new ConfigurationTemplateKeyProvider(Options.Create(options));

        Assert.Equal("k1", provider.ActiveKey.Id);
        Assert.True(provider.TryGetKey("sm", out var sm));
        Assert.Equal(TemplateCipher.Sm4Gcm, sm.Cipher);
    }

    [Theory]
    [InlineData("not base64!", TemplateCipher.Aes256Gcm, "not valid base64")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", TemplateCipher.Aes256Gcm, "must be 32 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", TemplateCipher.Sm4Gcm, "must be 16 bytes")]
    public void Malformed_configured_key_fails_with_a_clear_message(string key, TemplateCipher cipher, string expected)
    {
        var options = new TemplateProtectionOptions { ActiveKeyId = "k1" };
        options.Keys["k1"] = new TemplateKeyOptions { Cipher = cipher, Key = key };

        var ex = Assert.Throws<OptionsValidationException>(() => new ConfigurationTemplateKeyProvider(Options.Create(options)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Active_key_id_must_name_a_configured_key()
    {
        var options = new TemplateProtectionOptions { ActiveKeyId = "missing" };
        options.Keys["k1"] = new TemplateKeyOptions { Key = Convert.ToBase64String(new byte[32]) };

        var ex = Assert.Throws<OptionsValidationException>(() => new ConfigurationTemplateKeyProvider(Options.Create(options)));
        Assert.Contains("'missing' is not among the configured keys", ex.Message, StringComparison.Ordinal);
    }

    private static FixedKeys Keys(TemplateCipher cipher) =>
        new(new TemplateKey("test-key", cipher, RandomNumberGenerator.GetBytes(TemplateKey.RequiredKeyLength(cipher))));

    private static FaceEmbedding RandomEmbedding(int seed)
    {
        var random = new Random(seed);
        var values = new float[FaceEmbedding.Dimensions];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return FaceEmbedding.FromValues(values);
    }

    private sealed class FixedKeys(TemplateKey active, params TemplateKey[] retired) : ITemplateKeyProvider
    {
        public TemplateKey ActiveKey => active;

        public bool TryGetKey(string keyId, [NotNullWhen(true)] out TemplateKey? key)
        {
            key = new[] { active }.Concat(retired).FirstOrDefault(k => k.Id == keyId);
            return key is not null;
        }
    }
}
