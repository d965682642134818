using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Decrypts notification resources with AEAD_AES_256_GCM: key = APIv3 key bytes, IV = nonce string bytes, AAD =
/// associated_data bytes, ciphertext = base64 whose last 16 bytes are the tag. Accepts 16-, 24- and 32-byte keys so
/// published 16-byte vectors run; production key length (32) is enforced by configuration validation.
/// </summary>
public sealed class WechatPayNotificationDecryptor : IDisposable
{
    private const int TagSize = 16;
    private const int NonceSize = 12;
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly byte[] _key;

    // Setting up an AES-GCM key costs about as much as decrypting a whole notification, and one AesGcm must not be
    // used by two threads at once: keyed instances are taken from and returned to a small pool.
    private readonly ConcurrentQueue<AesGcm> _ciphers = new();
    private readonly int _maxPooled = Math.Max(2, Environment.ProcessorCount * 2);
    private bool _disposed;

    /// <summary>Creates the decryptor from the APIv3 key text.</summary>
    /// <param name="apiV3Key">The APIv3 key (ASCII).</param>
    public WechatPayNotificationDecryptor(string apiV3Key)
        : this(Encoding.UTF8.GetBytes(apiV3Key ?? throw new ArgumentNullException(nameof(apiV3Key))))
    {
    }

    /// <summary>Creates the decryptor from key bytes.</summary>
    /// <param name="key">16, 24 or 32 bytes.</param>
    public WechatPayNotificationDecryptor(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length is not (16 or 24 or 32))
        {
            throw new ArgumentException("An AES key is 16, 24 or 32 bytes.", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>Decrypts one resource's ciphertext.</summary>
    /// <param name="associatedData">The associated data (null is treated as empty).</param>
    /// <param name="nonce">The nonce string.</param>
    /// <param name="ciphertext">Base64 ciphertext plus tag.</param>
    /// <returns>The UTF-8 plaintext, or the precise failure.</returns>
    public VerificationResult<string> Decrypt(string? associatedData, string? nonce, string? ciphertext)
    {
        if (string.IsNullOrEmpty(ciphertext))
        {
            return VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is empty.");
        }

        if (NonceFailure(nonce) is { } nonceFailure)
        {
            return nonceFailure;
        }

        var data = ArrayPool<byte>.Shared.Rent(ciphertext.Length);
        try
        {
            return ExactBase64.TryDecode(ciphertext, data, out var length)
                ? Decrypt(associatedData, nonce!, data.AsSpan(0, length))
                : VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is not base64.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    /// <summary>
    /// Reads a notification body and decrypts its resource. Validate the body's signature with
    /// <see cref="WechatPayValidator"/> first.
    /// </summary>
    /// <param name="body">The raw notification body.</param>
    /// <returns>The decrypted notification, or the precise failure.</returns>
    public VerificationResult<WechatPayNotification> DecryptNotification(ReadOnlySpan<byte> body)
    {
        // The ciphertext text (unescaped) lands here; it is public wire data, so the buffer needs no wiping.
        var text = ArrayPool<byte>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            if (!WechatPayNotificationEnvelopeReader.TryRead(body, text, out var envelope, out var ciphertextLength, out var error))
            {
                return VerificationResult<WechatPayNotification>.Fail(VerificationFailure.MalformedBody, $"Invalid JSON: {error}");
            }

            if (envelope is not { Id.Length: > 0, EventType.Length: > 0, Resource: { } resource })
            {
                return VerificationResult<WechatPayNotification>.Fail(VerificationFailure.MalformedBody, "id, event_type or resource is missing.");
            }

            if (resource.Algorithm != WechatPayEncryptedResource.AesGcmAlgorithm)
            {
                return VerificationResult<WechatPayNotification>.Fail(VerificationFailure.UnsupportedAlgorithm, $"Resource algorithm '{resource.Algorithm}' is not supported.");
            }

            var plaintext = DecryptBase64Utf8(resource.AssociatedData, resource.Nonce, text.AsSpan(0, ciphertextLength));
            if (!plaintext.IsValid)
            {
                return plaintext.AsFailure<WechatPayNotification>();
            }

            return VerificationResult<WechatPayNotification>.Success(new WechatPayNotification(
                envelope.Id, envelope.CreateTime, envelope.EventType, envelope.ResourceType, envelope.Summary,
                resource.OriginalType, resource.AssociatedData, plaintext.Value));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
        }
    }

    // The same checks, in the same order, as Decrypt(string) over the ciphertext's UTF-8 text.
    private VerificationResult<string> DecryptBase64Utf8(string? associatedData, string? nonce, ReadOnlySpan<byte> base64)
    {
        if (base64.IsEmpty)
        {
            return VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is empty.");
        }

        if (NonceFailure(nonce) is { } nonceFailure)
        {
            return nonceFailure;
        }

        var data = ArrayPool<byte>.Shared.Rent(Base64.GetMaxDecodedFromUtf8Length(base64.Length));
        try
        {
            return ExactBase64.TryDecodeUtf8(base64, data, out var length)
                ? Decrypt(associatedData, nonce!, data.AsSpan(0, length))
                : VerificationResult<string>.Fail(VerificationFailure.MalformedCiphertext, "The ciphertext is not base64.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    private static VerificationResult<string>? NonceFailure(string? nonce)
    {
        var length = Encoding.UTF8.GetByteCount(nonce ?? string.Empty);
        return length == NonceSize
            ? null
            : VerificationResult<string>.Fail(VerificationFailure.InvalidNonce, $"The nonce is {length} bytes, not {NonceSize}.");
    }

    // data: the decoded ciphertext followed by the tag; the nonce is known to be 12 bytes.
    private VerificationResult<string> Decrypt(string? associatedData, string nonce, ReadOnlySpan<byte> data)
    {
        if (data.Length < TagSize)
        {
            return VerificationResult<string>.Fail(VerificationFailure.CiphertextTooShort, $"The ciphertext is {data.Length} bytes, shorter than the tag.");
        }

        Span<byte> nonceBytes = stackalloc byte[NonceSize];
        Encoding.UTF8.GetBytes(nonce, nonceBytes);
        var aad = Encoding.UTF8.GetBytes(associatedData ?? string.Empty);
        var cipher = data[..^TagSize];
        var plaintext = ArrayPool<byte>.Shared.Rent(Math.Max(1, cipher.Length));
        try
        {
            var aes = _ciphers.TryDequeue(out var pooled) ? pooled : new AesGcm(_key, TagSize);
            try
            {
                aes.Decrypt(nonceBytes, cipher, data[^TagSize..], plaintext.AsSpan(0, cipher.Length), aad);
            }
            catch (AuthenticationTagMismatchException)
            {
                return VerificationResult<string>.Fail(VerificationFailure.AuthenticationFailed, "The tag did not match (wrong key, associated data or nonce, or tampered data).");
            }
            finally
            {
                Return(aes);
            }

            try
            {
                return VerificationResult<string>.Success(StrictUtf8.GetString(plaintext, 0, cipher.Length));
            }
            catch (DecoderFallbackException)
            {
                return VerificationResult<string>.Fail(VerificationFailure.MalformedPlaintext, "The plaintext is not UTF-8.");
            }
        }
        finally
        {
            // Decrypted notification data does not linger in the shared pool.
            CryptographicOperations.ZeroMemory(plaintext.AsSpan(0, cipher.Length));
            ArrayPool<byte>.Shared.Return(plaintext);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        while (_ciphers.TryDequeue(out var aes))
        {
            aes.Dispose();
        }
    }

    private void Return(AesGcm aes)
    {
        if (_disposed || _ciphers.Count >= _maxPooled)
        {
            aes.Dispose();
            return;
        }

        _ciphers.Enqueue(aes);
    }
}
