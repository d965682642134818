namespace FacePay.Channels.Crypto;

/// <summary>Why a signature check, a decryption or the parsing of signed channel data failed.</summary>
public enum VerificationFailure
{
    /// <summary>No failure: the data was verified.</summary>
    None = 0,

    /// <summary>The body is not the expected shape (not JSON, not an object, missing required field).</summary>
    MalformedBody,

    /// <summary>The expected <c>*_response</c> node (or <c>error_response</c>) is absent from an Alipay response.</summary>
    ResponseNodeMissing,

    /// <summary>No signature was supplied.</summary>
    MissingSignature,

    /// <summary>The signature is not valid base64.</summary>
    MalformedSignature,

    /// <summary>The signature does not match the content under the selected key (tampered content or wrong key).</summary>
    SignatureMismatch,

    /// <summary>An Alipay <c>error_response</c> arrived without a signature; its content cannot be trusted.</summary>
    UnsignedErrorResponse,

    /// <summary>A required <c>Wechatpay-*</c> header is missing.</summary>
    MissingHeader,

    /// <summary>The <c>Wechatpay-Timestamp</c> header is not a Unix time in seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is 300 seconds or more away from now (replay protection).</summary>
    StaleTimestamp,

    /// <summary>The serial / public key id names no key in the verifier store.</summary>
    UnknownSerial,

    /// <summary>The signature scheme named by the message is not supported.</summary>
    UnsupportedAlgorithm,

    /// <summary>An amount is not a well-formed decimal with at most two fraction digits.</summary>
    MalformedAmount,

    /// <summary>The ciphertext is not valid base64.</summary>
    MalformedCiphertext,

    /// <summary>The ciphertext is shorter than the 16-byte authentication tag.</summary>
    CiphertextTooShort,

    /// <summary>The nonce has the wrong length for the cipher (12 bytes for GCM).</summary>
    InvalidNonce,

    /// <summary>The symmetric key has a length the cipher does not accept.</summary>
    InvalidKey,

    /// <summary>Authenticated decryption failed: wrong key, wrong associated data, wrong nonce or tampered data.</summary>
    AuthenticationFailed,

    /// <summary>Decrypted bytes are not valid UTF-8 text.</summary>
    MalformedPlaintext,

    /// <summary>Genuinely signed, but addressed to another app, merchant or seller than ours.</summary>
    WrongRecipient,
}
