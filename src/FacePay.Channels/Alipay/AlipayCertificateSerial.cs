using System.Formats.Asn1;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Alipay;

/// <summary>
/// Certificate-mode serials: <c>app_cert_sn</c> / <c>alipay_cert_sn</c> = lower-case MD5 hex of the issuer's RFC 2253
/// name (as Java prints it: most specific first, no spaces after commas) followed by the decimal serial number;
/// <c>alipay_root_cert_sn</c> joins those of the RSA-signed certificates of the root chain with <c>_</c>.
/// </summary>
public static class AlipayCertificateSerial
{
    private const string RsaSignatureOidPrefix = "1.2.840.113549.1.1";

    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["2.5.4.3"] = "CN",
        ["2.5.4.6"] = "C",
        ["2.5.4.7"] = "L",
        ["2.5.4.8"] = "ST",
        ["2.5.4.9"] = "STREET",
        ["2.5.4.10"] = "O",
        ["2.5.4.11"] = "OU",
        ["0.9.2342.19200300.100.1.1"] = "UID",
        ["0.9.2342.19200300.100.1.25"] = "DC",
    };

    /// <summary>Computes the serial of one certificate.</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var serial = new BigInteger(certificate.SerialNumberBytes.Span, isUnsigned: true, isBigEndian: true);
        var text = Rfc2253(certificate.IssuerName) + serial.ToString(CultureInfo.InvariantCulture);
#pragma warning disable CA5351 // Alipay defines the certificate serial as an MD5 digest; it is an identifier, not a security control.
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }

    /// <summary>Computes the serial of a PEM certificate.</summary>
    /// <param name="certificatePem">The certificate PEM.</param>
    /// <returns>32 lower-case hex characters.</returns>
    public static string Compute(string certificatePem)
    {
        using var certificate = RsaKeyLoader.LoadCertificate(certificatePem);
        return Compute(certificate);
    }

    /// <summary>Computes <c>alipay_root_cert_sn</c> from the root certificate chain (several PEM blocks).</summary>
    /// <param name="chainPem">The chain text.</param>
    /// <returns>The serials of the RSA-signed certificates joined with <c>_</c>.</returns>
    /// <exception cref="KeyFormatException">The chain holds no RSA-signed certificate.</exception>
    public static string ComputeRoot(string chainPem)
    {
        ArgumentNullException.ThrowIfNull(chainPem);
        var serials = new List<string>();
        var rest = chainPem.AsSpan();
        while (PemEncoding.TryFind(rest, out var fields))
        {
            var block = rest[fields.Location].ToString();
            rest = rest[fields.Location.End..];

            using var certificate = RsaKeyLoader.LoadCertificate(block);
            if (certificate.SignatureAlgorithm.Value?.StartsWith(RsaSignatureOidPrefix, StringComparison.Ordinal) == true)
            {
                serials.Add(Compute(certificate));
            }
        }

        return serials.Count > 0 ? string.Join('_', serials) : throw new KeyFormatException("The root chain holds no RSA-signed certificate.");
    }

    /// <summary>Formats a name the way Java's <c>X500Principal.getName()</c> does (RFC 2253).</summary>
    /// <param name="name">The distinguished name.</param>
    /// <returns>The RFC 2253 string.</returns>
    public static string Rfc2253(X500DistinguishedName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = new List<string>();
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames(reversed: true))
        {
            var attributes = ReadAttributes(rdn.RawData);
            parts.Add(string.Join('+', attributes.Select(a => Keywords.TryGetValue(a.Oid, out var keyword)
                ? $"{keyword}={Escape(a.Text ?? string.Empty)}"
                : $"{a.Oid}=#{Convert.ToHexStringLower(a.Encoded)}")));
        }

        return string.Join(',', parts);
    }

    private static List<(string Oid, string? Text, byte[] Encoded)> ReadAttributes(ReadOnlyMemory<byte> rdn)
    {
        var result = new List<(string, string?, byte[])>();
        var set = new AsnReader(rdn, AsnEncodingRules.DER).ReadSetOf();
        while (set.HasData)
        {
            var sequence = set.ReadSequence();
            var oid = sequence.ReadObjectIdentifier();
            var encoded = sequence.PeekEncodedValue().ToArray();
            string? text;
            try
            {
                text = sequence.ReadCharacterStringOrNull();
            }
            catch (AsnContentException)
            {
                text = null;
            }

            result.Add((oid, text, encoded));
        }

        return result;
    }

    private static string? ReadCharacterStringOrNull(this AsnReader reader)
    {
        var tag = reader.PeekTag();
        var type = (UniversalTagNumber)tag.TagValue;
        return tag.TagClass == TagClass.Universal && type is UniversalTagNumber.UTF8String or UniversalTagNumber.PrintableString
            or UniversalTagNumber.IA5String or UniversalTagNumber.BMPString or UniversalTagNumber.T61String or UniversalTagNumber.UniversalString
            or UniversalTagNumber.VisibleString or UniversalTagNumber.NumericString
            ? reader.ReadCharacterString(type)
            : null;
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var special = c is ',' or '+' or '"' or '\\' or '<' or '>' or ';'
                || (i == 0 && c is '#' or ' ')
                || (i == value.Length - 1 && c == ' ');
            if (special)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
