using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FacePay.Sandbox.Tests;

[Collection(SandboxCollection.Name)]
public sealed class BillTests(CredentialsFixture fixture)
{
    private static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Alipay_bill_is_a_zip_of_GBK_CSV_files_with_rows_and_summary_lines()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);
        var paid = Ids.New();
        await client.CallAsync("alipay.trade.pay", AlipayTestClient.Pay(paid, 1234, subject: "刷脸支付"));
        await client.CallAsync("alipay.trade.refund", new JsonObject { ["out_trade_no"] = paid, ["refund_amount"] = "2.34", ["out_request_no"] = "R1" }.ToJsonString());

        var answer = await client.CallAsync("alipay.data.dataservice.bill.downloadurl.query", new JsonObject { ["bill_type"] = "trade", ["bill_date"] = Today }.ToJsonString());
        Assert.Equal("10000", answer.Code);
        using var http = new HttpClient();
        var zipBytes = await http.GetByteArrayAsync(new Uri(answer.Field("bill_download_url")!));

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        Assert.Equal(2, zip.Entries.Count);
        var detailEntry = zip.Entries.Single(e => !e.Name.Contains("汇总", StringComparison.Ordinal));
        using var reader = new StreamReader(detailEntry.Open(), gbk);
        var lines = (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rows = lines.Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToList();
        var payment = rows.Single(r => r[2] == "交易");
        var refund = rows.Single(r => r[2] == "退款");
        Assert.Equal(paid, payment[1].Trim());
        Assert.Equal("刷脸支付", payment[3]);
        Assert.Equal("12.34", payment[11]);
        Assert.Equal("-2.34", refund[11]);
        Assert.Equal("R1", refund[21].Trim());
        Assert.Contains(lines, l => l == "#交易合计：1笔，商家实收共：12.34元，商家优惠共：0.00元");
        Assert.Contains(lines, l => l == "#退款合计：1笔，商家实收退款共：-2.34元，商家优惠退款共：0.00元");
    }

    [Fact]
    public async Task Alipay_bill_for_a_future_date_does_not_exist()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new AlipayTestClient(sandbox);

        var answer = await client.CallAsync("alipay.data.dataservice.bill.downloadurl.query", new JsonObject { ["bill_type"] = "trade", ["bill_date"] = "2999-01-01" }.ToJsonString());

        Assert.Equal("isp.bill_not_exist", answer.SubCode);
    }

    [Fact]
    public async Task WeChat_trade_bill_is_gzip_CSV_with_backtick_fields_a_matching_SHA1_and_a_summary()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);
        var first = Ids.New();
        var second = Ids.New();
        await client.PayAsync(first, 100);
        await client.PayAsync(second, 250);

        var answer = await client.SendAsync(HttpMethod.Get, $"/v3/bill/tradebill?bill_date={Today}&bill_type=ALL&tar_type=GZIP", null);
        Assert.Equal(200, answer.Status);
        Assert.True(answer.SignatureValid);
        Assert.Equal("SHA1", answer.Field("hash_type"));
        var gz = await client.DownloadAsync(new Uri(answer.Field("download_url")!));
        using var gunzip = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gunzip.CopyToAsync(plain);

#pragma warning disable CA5350 // SHA-1 is what the WeChat bill protocol specifies.
        Assert.Equal(answer.Field("hash_value"), Convert.ToHexStringLower(SHA1.HashData(plain.ToArray())));
#pragma warning restore CA5350
        var lines = Encoding.UTF8.GetString(plain.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("交易时间,", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(1).TakeWhile(l => l.StartsWith('`')).Select(l => l.Split(',').Select(f => f.TrimStart('`')).ToArray()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r[6] == first && r[9] == "SUCCESS" && r[12] == "1.00");
        Assert.Contains(rows, r => r[6] == second && r[12] == "2.50");
        Assert.StartsWith("总交易单数", lines[^2], StringComparison.Ordinal);
        var summary = lines[^1].Split(',').Select(f => f.TrimStart('`')).ToArray();
        Assert.Equal("2", summary[0]);
        Assert.Equal("3.50", summary[1]);
    }

    [Fact]
    public async Task WeChat_bill_of_a_day_without_trades_answers_NO_STATEMENT_EXIST()
    {
        await using var sandbox = await fixture.StartAsync();
        using var client = new WechatPayTestClient(sandbox);

        var answer = await client.SendAsync(HttpMethod.Get, "/v3/bill/tradebill?bill_date=2020-01-01&bill_type=ALL", null);

        Assert.Equal(400, answer.Status);
        Assert.Equal("NO_STATEMENT_EXIST", answer.Field("code"));
    }
}
