using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FacePay.Channels.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// The verifier keys WeChat Pay signs with, chosen by the <c>Wechatpay-Serial</c> header: platform certificates
/// (keyed by certificate serial, several valid at once during rotation) and WeChat Pay public keys (keyed by
/// their <c>PUB_KEY_ID_…</c> id). Safe to read while another thread rotates keys in.
/// </summary>
public sealed class WechatPayVerifierStore : IDisposable
{
    /// <summary>The prefix of WeChat Pay public key ids.</summary>
    public const string PublicKeyIdPrefix = "PUB_KEY_ID_";

    // Replaced wholesale on every change so readers never see a half-updated map.
    private ImmutableDictionary<string, RSA> _keys = ImmutableDictionary.Create<string, RSA>(StringComparer.OrdinalIgnoreCase);
    private ImmutableList<RSA> _owned = [];
    private ImmutableDictionary<string, ECPublicKeyParameters> _sm2Keys = ImmutableDictionary.Create<string, ECPublicKeyParameters>(StringComparer.OrdinalIgnoreCase);

    // The last successful TryGet and the map snapshot it was read from (replaced whole, so reads need no lock).
    private LastFound? _lastFound;

    /// <summary>The serials and public key ids currently held.</summary>
    public IReadOnlyCollection<string> Serials => _keys.Keys.Concat(_sm2Keys.Keys).ToArray();

    /// <summary>
    /// Adds (or replaces) a platform certificate, keyed by its serial number in upper-case hex without leading zeros
    /// (as WeChat Pay prints it; the DER encoding adds a 00 byte when the high bit is set).
    /// </summary>
    /// <param name="certificate">The platform certificate.</param>
    /// <returns>The serial under which it was stored.</returns>
    /// <exception cref="KeyFormatException">The certificate does not hold an RSA key.</exception>
    public string AddCertificate(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var key = certificate.GetRSAPublicKey() ?? throw new KeyFormatException("The platform certificate does not hold an RSA key.");
        var serial = certificate.SerialNumber.ToUpperInvariant().TrimStart('0');
        serial = serial.Length == 0 ? "0" : serial;
        Put(serial, key);
        return serial;
    }

    /// <summary>Adds a platform certificate from PEM.</summary>
    /// <param name="certificatePem">The certificate text.</param>
    /// <returns>The serial under which it was stored.</returns>
    public string AddCertificatePem(string certificatePem)
    {
        using var certificate = RsaKeyLoader.LoadCertificate(certificatePem);
        return AddCertificate(certificate);
    }

    /// <summary>Adds (or replaces) a WeChat Pay public key under its id.</summary>
    /// <param name="publicKeyId">The id, e.g. <c>PUB_KEY_ID_0112…</c>.</param>
    /// <param name="publicKeyPem">The public key (PEM or bare base64).</param>
    public void AddPublicKey(string publicKeyId, string publicKeyPem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyId);
        if (!publicKeyId.StartsWith(PublicKeyIdPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"WeChat Pay public key ids start with '{PublicKeyIdPrefix}'.", nameof(publicKeyId));
        }

        Put(publicKeyId, RsaKeyLoader.LoadPublicKey(publicKeyPem));
    }

    /// <summary>Adds (or replaces) a key under an arbitrary serial (e.g. a merchant certificate serial on the gateway side).</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="publicKey">The key; owned by the store from now on.</param>
    public void AddKey(string serial, RSA publicKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(publicKey);
        Put(serial, publicKey);
    }

    /// <summary>Adds (or replaces) an SM2 platform certificate (national cryptography), keyed by its serial.</summary>
    /// <param name="certificatePem">The SM2 certificate PEM.</param>
    /// <returns>The serial under which it was stored.</returns>
    public string AddSm2CertificatePem(string certificatePem)
    {
        var (serial, key) = Sm2KeyLoader.LoadCertificate(certificatePem);
        AddSm2Key(serial, key);
        return serial;
    }

    /// <summary>Adds (or replaces) an SM2 public key under a serial.</summary>
    /// <param name="serial">The serial.</param>
    /// <param name="publicKey">The SM2 public key.</param>
    public void AddSm2Key(string serial, ECPublicKeyParameters publicKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serial);
        ArgumentNullException.ThrowIfNull(publicKey);
        ImmutableInterlocked.AddOrUpdate(ref _sm2Keys, serial, publicKey, (_, _) => publicKey);
    }

    /// <summary>Looks up the SM2 key for a serial.</summary>
    /// <param name="serial">The <c>Wechatpay-Serial</c> value.</param>
    /// <param name="publicKey">The key when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetSm2(string serial, out ECPublicKeyParameters publicKey)
    {
        ArgumentNullException.ThrowIfNull(serial);
        return _sm2Keys.TryGetValue(serial, out publicKey!);
    }

    /// <summary>Stops trusting a serial (retired certificate). The key object stays alive until the store is disposed.</summary>
    /// <param name="serial">The serial or public key id.</param>
    /// <returns>True when it was present.</returns>
    public bool Remove(string serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        var removedRsa = ImmutableInterlocked.TryRemove(ref _keys, serial, out _);
        var removedSm2 = ImmutableInterlocked.TryRemove(ref _sm2Keys, serial, out _);
        return removedRsa || removedSm2;
    }

    /// <summary>Looks up the key for a serial or public key id.</summary>
    /// <param name="serial">The <c>Wechatpay-Serial</c> value.</param>
    /// <param name="publicKey">The key when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string serial, out RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(serial);

        // Every notification looks its serial up and almost all name the same one: the last hit is answered without
        // the case-insensitive hash and tree walk, as long as the map it came from is still the current one.
        var keys = _keys;
        if (_lastFound is { } last && ReferenceEquals(last.Keys, keys) && string.Equals(last.Serial, serial, StringComparison.Ordinal))
        {
            publicKey = last.Key;
            return true;
        }

        if (!keys.TryGetValue(serial, out publicKey!))
        {
            return false;
        }

        _lastFound = new LastFound(keys, serial, publicKey);
        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var key in _owned)
        {
            key.Dispose();
        }
    }

    private void Put(string serial, RSA key)
    {
        ImmutableInterlocked.Update(ref _owned, list => list.Add(key));
        ImmutableInterlocked.AddOrUpdate(ref _keys, serial, key, (_, _) => key);
    }

    private sealed record LastFound(ImmutableDictionary<string, RSA> Keys, string Serial, RSA Key);
}
