using System.IO.Compression;
using System.Security.Cryptography;
using FacePay.Channels.Abstractions;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Checks a downloaded WeChat Pay bill against the <c>hash_type</c> / <c>hash_value</c> of its download-URL answer.
/// The hash is of the bill itself: a <c>tar_type=GZIP</c> file is hashed after decompressing
/// (原始账单（gzip需要解压缩）的摘要值). The file is read in one streaming pass and its position restored.
/// </summary>
public static class WechatPayBillHash
{
    /// <summary>Throws unless the file's content matches the expected hash.</summary>
    /// <param name="file">The downloaded file, seekable.</param>
    /// <param name="hashType"><c>SHA1</c> (the protocol's) or <c>SHA256</c>; null means SHA1.</param>
    /// <param name="hashValue">The expected hash, hex.</param>
    /// <exception cref="ChannelBillDownloadException">The hash differs, the type is unknown, or the gzip is damaged.</exception>
    public static void Verify(Stream file, string? hashType, string hashValue)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(hashValue);
        if (!file.CanSeek)
        {
            throw new ArgumentException("The bill file must be seekable to check its hash.", nameof(file));
        }

        var algorithm = hashType?.ToUpperInvariant() switch
        {
#pragma warning disable CA5350 // WeChat Pay publishes SHA1 bill hashes; this is an integrity check, not a security boundary.
            "SHA1" or null => HashAlgorithmName.SHA1,
#pragma warning restore CA5350
            "SHA256" => HashAlgorithmName.SHA256,
            _ => throw new ChannelBillDownloadException($"Unsupported bill hash type '{hashType}'."),
        };

        var start = file.Position;
        using var hash = IncrementalHash.CreateHash(algorithm);
        try
        {
            var gzip = file.ReadByte() == 0x1F & file.ReadByte() == 0x8B;
            file.Position = start;
            using (var content = gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : null)
            {
                var source = content ?? file;
                var buffer = new byte[81920];
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ChannelBillDownloadException($"The bill's gzip data is damaged or truncated: {ex.Message}", ex);
        }
        finally
        {
            file.Position = start;
        }

        if (!string.Equals(Convert.ToHexString(hash.GetHashAndReset()), hashValue, StringComparison.OrdinalIgnoreCase))
        {
            throw new ChannelBillDownloadException("The bill file does not match its hash (damaged, truncated or not the bill that was asked for).");
        }
    }
}
