using System.Text;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using FsCheck;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayNotificationDecryptorTests
{
    private const string ProductionKey = "0123456789abcdefghijklmnopqrstuv";

    [Fact]
    public void Official_sdk_aes_vector_decrypts_with_a_16_byte_key()
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, WechatPayGoVectors.AesCiphertext);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(WechatPayGoVectors.AesPlaintext, result.Value);
    }

    [Fact]
    public void Skit_aes_256_gcm_vector_decrypts_to_the_platform_certificate()
    {
        var result = new WechatPayNotificationDecryptor(SkitVectors.AesKey)
            .Decrypt(SkitVectors.AesAssociatedData, SkitVectors.AesNonce, SkitVectors.AesCiphertext);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(SkitVectors.AesPlaintext, result.Value);
    }

    [Fact]
    public void Official_notification_vector_decrypts_into_its_fields_and_plaintext()
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.NotifyApiV3Key)
            .DecryptNotification(Encoding.UTF8.GetBytes(WechatPayGoVectors.NotifyBody));

        Assert.True(result.IsValid, result.Detail);
        var n = result.Value;
        Assert.Equal("3119dfba-e649-5eec-ab1e-3412bc4d2e17", n.Id);
        Assert.Equal("2021-06-24T16:37:26+08:00", n.CreateTime);
        Assert.Equal("encrypt-resource", n.ResourceType);
        Assert.Equal("PAYSCORE.USER_OPEN_SERVICE", n.EventType);
        Assert.Equal("签约成功", n.Summary);
        Assert.Equal("payscore", n.AssociatedData);
        Assert.Equal("payscore", n.OriginalType);
        Assert.Equal(WechatPayGoVectors.NotifyPlaintext, n.Plaintext);
    }

    [Fact]
    public void Wrong_key_fails_authentication()
    {
        var result = new WechatPayNotificationDecryptor("testAPIv3Key1111")
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, WechatPayGoVectors.AesCiphertext);

        Assert.Equal(VerificationFailure.AuthenticationFailed, result.Failure);
    }

    [Fact]
    public void Wrong_associated_data_fails_authentication()
    {
        var result = new WechatPayNotificationDecryptor(SkitVectors.AesKey)
            .Decrypt("transaction", SkitVectors.AesNonce, SkitVectors.AesCiphertext);

        Assert.Equal(VerificationFailure.AuthenticationFailed, result.Failure);
    }

    [Fact]
    public void Wrong_nonce_fails_authentication()
    {
        var result = new WechatPayNotificationDecryptor(SkitVectors.AesKey)
            .Decrypt(SkitVectors.AesAssociatedData, "aae8c2e79c5c", SkitVectors.AesCiphertext);

        Assert.Equal(VerificationFailure.AuthenticationFailed, result.Failure);
    }

    [Fact]
    public void Truncated_ciphertext_fails_authentication()
    {
        var bytes = Convert.FromBase64String(WechatPayGoVectors.AesCiphertext);
        var truncated = Convert.ToBase64String(bytes[..^1]);

        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, truncated);

        Assert.Equal(VerificationFailure.AuthenticationFailed, result.Failure);
    }

    [Fact]
    public void Ciphertext_shorter_than_the_tag_is_too_short()
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, "SGVsbG8gV29ybGQK");

        Assert.Equal(VerificationFailure.CiphertextTooShort, result.Failure);
    }

    [Theory]
    [InlineData("invalid cipher")]
    [InlineData("")]
    public void Non_base64_ciphertext_is_malformed(string ciphertext)
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, ciphertext);

        Assert.Equal(VerificationFailure.MalformedCiphertext, result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("thirteen-char")]
    public void Nonce_that_is_not_12_bytes_is_invalid(string? nonce)
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, nonce, WechatPayGoVectors.AesCiphertext);

        Assert.Equal(VerificationFailure.InvalidNonce, result.Failure);
    }

    [Theory]
    [InlineData("not a aes key")]
    [InlineData("")]
    public void Key_of_an_aes_length_is_required(string key)
    {
        Assert.Throws<ArgumentException>(() => new WechatPayNotificationDecryptor(key));
    }

    [Fact]
    public void Resource_encrypted_by_the_gateway_emulator_decrypts_with_the_same_api_v3_key()
    {
        const string plaintext = "{\"out_trade_no\":\"FP1\",\"trade_state\":\"SUCCESS\",\"amount\":{\"total\":1234,\"currency\":\"CNY\"}}";
        var resource = new WechatPayResourceEncryptor(ProductionKey).EncryptResource(plaintext, "transaction", "transaction");

        var result = new WechatPayNotificationDecryptor(ProductionKey).Decrypt(resource.AssociatedData, resource.Nonce, resource.Ciphertext);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(plaintext, result.Value);
        Assert.Equal(12, resource.Nonce!.Length);
    }

    [Fact]
    public void Encryptor_reproduces_the_official_vector()
    {
        Assert.Equal(
            WechatPayGoVectors.AesCiphertext,
            new WechatPayResourceEncryptor(WechatPayGoVectors.AesKey).Encrypt(WechatPayGoVectors.AesPlaintext, WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce));
    }

    [Theory]
    [InlineData("not json", VerificationFailure.MalformedBody)]
    [InlineData("{}", VerificationFailure.MalformedBody)]
    [InlineData("{\"id\":\"1\",\"event_type\":\"TRANSACTION.SUCCESS\"}", VerificationFailure.MalformedBody)]
    [InlineData("{\"id\":1,\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{}}", VerificationFailure.MalformedBody)]
    [InlineData("{\"id\":\"1\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{\"algorithm\":\"AEAD_SM4_GCM\"}}", VerificationFailure.UnsupportedAlgorithm)]
    [InlineData("{\"id\":\"1\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{\"algorithm\":\"AEAD_AES_256_GCM\",\"nonce\":\"wCq51qZv4Yfg\",\"ciphertext\":\"@@\"}}", VerificationFailure.MalformedCiphertext)]
    public void Malformed_notifications_fail_with_a_precise_reason(string body, VerificationFailure expected)
    {
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey).DecryptNotification(Encoding.UTF8.GetBytes(body));

        Assert.Equal(expected, result.Failure);
    }

    [Property(MaxTest = 300)]
    public bool Random_ciphertexts_never_throw_and_never_authenticate(string? associatedData, string? nonce, string? ciphertext) =>
        !new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey).Decrypt(associatedData, nonce, ciphertext).IsValid;

    [Property(MaxTest = 300)]
    public bool Random_notification_bodies_never_throw(byte[]? body) =>
        !new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey).DecryptNotification(body ?? []).IsValid;

    [Property(MaxTest = 200)]
    public bool Any_single_bit_flip_in_the_ciphertext_fails_authentication(PositiveInt position)
    {
        var bytes = Convert.FromBase64String(WechatPayGoVectors.AesCiphertext);
        var bit = position.Get % (bytes.Length * 8);
        bytes[bit / 8] ^= (byte)(1 << (bit % 8));
        var result = new WechatPayNotificationDecryptor(WechatPayGoVectors.AesKey)
            .Decrypt(WechatPayGoVectors.AesAssociatedData, WechatPayGoVectors.AesNonce, Convert.ToBase64String(bytes));
        return result.Failure == VerificationFailure.AuthenticationFailed;
    }
}
