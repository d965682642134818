using System.Text;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Vectors;
using FacePay.Channels.WechatPay;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.Crypto;

public sealed class NationalCryptographyTests
{
    private static readonly byte[] Message = Encoding.UTF8.GetBytes(SkitSmVectors.Sm2Message);

    [Fact]
    public void Sm3_of_the_skit_message_matches_the_published_hash()
    {
        Assert.Equal(SkitSmVectors.Sm3Hash, Convert.ToHexString(Sm3Hash.Hash(Convert.FromBase64String(SkitSmVectors.Sm3MessageBase64))));
    }

    [Fact]
    public void Sm2_keys_load_from_pem_and_match_the_published_raw_values()
    {
        var privateKey = Sm2KeyLoader.LoadPrivateKey(SkitSmVectors.Sm2PrivateKey);
        var publicKey = Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2PublicKey);

        Assert.Equal(SkitSmVectors.Sm2HexPrivateKey, privateKey.D.ToString(16).PadLeft(64, '0'));
        Assert.Equal(SkitSmVectors.Sm2HexPublicKey, Convert.ToHexString(publicKey.Q.GetEncoded(false)).ToLowerInvariant());
    }

    [Fact]
    public void Sm2_certificate_yields_its_serial_and_the_same_public_key()
    {
        var (serial, key) = Sm2KeyLoader.LoadCertificate(SkitSmVectors.Sm2Certificate);

        Assert.Equal(SkitSmVectors.Sm2CertificateSerial, serial);
        Assert.Equal(SkitSmVectors.Sm2HexPublicKey, Convert.ToHexString(key.Q.GetEncoded(false)).ToLowerInvariant());
    }

    [Fact]
    public void Published_sm2_with_sm3_signature_verifies_with_key_and_certificate()
    {
        Assert.Equal(VerificationFailure.None, Sm2WithSm3.Verify(Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2PublicKey), Message, SkitSmVectors.Sm2Signature));
        Assert.Equal(VerificationFailure.None, Sm2WithSm3.Verify(Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2Certificate), Message, SkitSmVectors.Sm2Signature));
    }

    [Fact]
    public void Published_sm2_signature_does_not_cover_another_message()
    {
        Assert.Equal(VerificationFailure.SignatureMismatch, Sm2WithSm3.Verify(Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2PublicKey), "SM2WithSM3SignTesT"u8, SkitSmVectors.Sm2Signature));
    }

    [Theory]
    [InlineData("FAKE SIGN", VerificationFailure.SignatureMismatch)]
    [InlineData("@@not base64@@", VerificationFailure.MalformedSignature)]
    [InlineData("", VerificationFailure.MissingSignature)]
    [InlineData("AAAA", VerificationFailure.SignatureMismatch)]
    [InlineData("RkFLRSBTSUdO", VerificationFailure.SignatureMismatch)]
    public void Malformed_sm2_signatures_fail_precisely(string signature, VerificationFailure expected)
    {
        Assert.Equal(expected, Sm2WithSm3.Verify(Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2PublicKey), Message, signature));
    }

    [Fact]
    public void Sm2_signature_made_by_us_verifies()
    {
        var signature = Sm2WithSm3.Sign(Sm2KeyLoader.LoadPrivateKey(SkitSmVectors.Sm2PrivateKey), Message);

        Assert.Equal(VerificationFailure.None, Sm2WithSm3.Verify(Sm2KeyLoader.LoadPublicKey(SkitSmVectors.Sm2PublicKey), Message, signature));
    }

    [Fact]
    public void Rsa_key_is_not_an_sm2_key()
    {
        Assert.Throws<KeyFormatException>(() => Sm2KeyLoader.LoadPrivateKey(TestKeys.PrivatePkcs8Pem(TestKeys.App)));
        Assert.Throws<KeyFormatException>(() => Sm2KeyLoader.LoadPublicKey(TestKeys.PublicPem(TestKeys.App)));
        Assert.Throws<KeyFormatException>(() => Sm2KeyLoader.LoadPublicKey("not a key"));
    }

    [Fact]
    public void Skit_sm4_gcm_vector_decrypts_to_the_certificate()
    {
        var result = Sm4Gcm.Decrypt(Encoding.UTF8.GetBytes(SkitSmVectors.Sm4Key), SkitSmVectors.Sm4Nonce, SkitSmVectors.Sm4AssociatedData, SkitSmVectors.Sm4Ciphertext);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(SkitSmVectors.Sm4Plaintext, result.Value);
    }

    [Fact]
    public void Sm4_gcm_with_wrong_associated_data_fails_authentication()
    {
        var result = Sm4Gcm.Decrypt(Encoding.UTF8.GetBytes(SkitSmVectors.Sm4Key), SkitSmVectors.Sm4Nonce, "transaction", SkitSmVectors.Sm4Ciphertext);

        Assert.Equal(VerificationFailure.AuthenticationFailed, result.Failure);
    }

    [Fact]
    public void Sm4_gcm_encrypts_what_it_decrypts_and_reproduces_the_vector()
    {
        var key = Encoding.UTF8.GetBytes(SkitSmVectors.Sm4Key);

        Assert.Equal(SkitSmVectors.Sm4Ciphertext, Sm4Gcm.Encrypt(key, SkitSmVectors.Sm4Nonce, SkitSmVectors.Sm4AssociatedData, SkitSmVectors.Sm4Plaintext));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", "aae8c2e79c5b", VerificationFailure.InvalidKey)]
    [InlineData("f09b03a7a1902b5b", "short", VerificationFailure.InvalidNonce)]
    public void Sm4_gcm_rejects_wrong_key_or_nonce_sizes(string key, string nonce, VerificationFailure expected)
    {
        Assert.Equal(expected, Sm4Gcm.Decrypt(Encoding.UTF8.GetBytes(key), nonce, "certificate", SkitSmVectors.Sm4Ciphertext).Failure);
    }

    [Property(MaxTest = 200)]
    public bool Sm4_gcm_never_throws_on_random_ciphertext(string? nonce, string? ciphertext) =>
        !Sm4Gcm.Decrypt(Encoding.UTF8.GetBytes(SkitSmVectors.Sm4Key), nonce, "certificate", ciphertext).IsValid;

    [Fact]
    public void Validator_checks_sm2_signed_responses_by_serial_alongside_rsa_keys()
    {
        using var store = new WechatPayVerifierStore();
        Assert.Equal(SkitSmVectors.Sm2CertificateSerial, store.AddSm2CertificatePem(SkitSmVectors.Sm2Certificate));
        store.AddPublicKey("PUB_KEY_ID_01", TestKeys.PublicPem(TestKeys.Alipay));
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var validator = new WechatPayValidator(store, time);
        var body = "{\"code\":\"SUCCESS\"}"u8.ToArray();
        var signature = Sm2WithSm3.Sign(Sm2KeyLoader.LoadPrivateKey(SkitSmVectors.Sm2PrivateKey), WechatPaySignatureMessage.ForResponse("1700000000", "N1", body));
        var headers = new WechatPaySignatureHeaders(SkitSmVectors.Sm2CertificateSerial, signature, "1700000000", "N1", WechatPayAuthorization.Sm2Scheme);

        Assert.True(validator.Validate(headers, body).IsValid);
        Assert.True(validator.Validate(headers with { SignatureType = null }, body).IsValid);
        Assert.Equal(VerificationFailure.SignatureMismatch, validator.Validate(headers, [.. body, (byte)' ']).Failure);
        Assert.Equal(VerificationFailure.UnknownSerial, validator.Validate(headers with { SignatureType = WechatPayAuthorization.Scheme }, body).Failure);
        Assert.Equal(VerificationFailure.UnknownSerial, validator.Validate(headers with { Serial = "PUB_KEY_ID_01" }, body).Failure);
    }
}
