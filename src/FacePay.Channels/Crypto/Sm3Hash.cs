using Org.BouncyCastle.Crypto.Digests;

namespace FacePay.Channels.Crypto;

/// <summary>The SM3 hash (GB/T 32905), 32 bytes.</summary>
public static class Sm3Hash
{
    /// <summary>Hashes data.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The 32-byte digest.</returns>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }
}
