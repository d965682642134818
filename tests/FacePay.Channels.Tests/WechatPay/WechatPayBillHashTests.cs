using System.IO.Compression;
using System.Security.Cryptography;
using FacePay.Channels.Abstractions;
using FacePay.Channels.WechatPay;

namespace FacePay.Channels.Tests.WechatPay;

public sealed class WechatPayBillHashTests
{
    private static readonly byte[] Bill = "交易时间,商户订单号\r\n`2026-11-23 10:00:00,`order_0001_1\r\n"u8.ToArray();

#pragma warning disable CA5350 // The protocol's bill hash is SHA1.
    private static readonly string Sha1 = Convert.ToHexStringLower(SHA1.HashData(Bill));
#pragma warning restore CA5350

    private static MemoryStream Gzip()
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Bill);
        }

        output.Position = 0;
        return output;
    }

    [Fact]
    public void The_hash_of_a_gzip_bill_is_over_the_decompressed_bill_and_the_position_is_kept()
    {
        using var file = Gzip();

        WechatPayBillHash.Verify(file, "SHA1", Sha1);

        Assert.Equal(0, file.Position);
    }

    [Fact]
    public void A_plain_bill_is_hashed_as_it_is()
    {
        using var file = new MemoryStream(Bill);

        WechatPayBillHash.Verify(file, null, Sha1.ToUpperInvariant());
    }

    [Fact]
    public void A_wrong_hash_a_truncated_gzip_and_an_unknown_hash_type_are_refused()
    {
        using var file = Gzip();
        using var truncated = new MemoryStream(file.ToArray()[..(int)(file.Length / 2)]);

        Assert.Throws<ChannelBillDownloadException>(() => WechatPayBillHash.Verify(file, "SHA1", new string('0', 40)));
        Assert.Throws<ChannelBillDownloadException>(() => WechatPayBillHash.Verify(truncated, "SHA1", Sha1));
        Assert.Throws<ChannelBillDownloadException>(() => WechatPayBillHash.Verify(file, "MD5", Sha1));
    }
}
