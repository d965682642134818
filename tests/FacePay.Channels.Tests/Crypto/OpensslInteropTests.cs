using System.Diagnostics;
using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.WechatPay;

namespace FacePay.Channels.Tests.Crypto;

/// <summary>
/// Cross-checks our SHA256withRSA against an independent implementation: the <c>openssl</c> command line.
/// </summary>
public sealed class OpensslInteropTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("facepay-openssl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    private static (int ExitCode, string Output) Openssl(params string[] args)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [Fact]
    public void Alipay_request_signature_made_by_us_verifies_with_openssl()
    {
        var parameters = new Dictionary<string, string?>
        {
            ["app_id"] = "2021000000000000",
            ["method"] = "alipay.trade.pay",
            ["sign_type"] = "RSA2",
            ["timestamp"] = "2026-11-23 20:00:00",
            ["biz_content"] = """{"out_trade_no":"FP1","total_amount":"12.34","subject":"面"}""",
        };
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var sign = signer.SignRequest(parameters);

        var data = Write("data.txt", AlipaySignatureContent.ForRequest(parameters));
        var signature = Write("sig.bin", Convert.FromBase64String(sign));
        var publicKey = Write("pub.pem", TestKeys.PublicPem(TestKeys.App));
        var (exitCode, output) = Openssl("dgst", "-sha256", "-verify", publicKey, "-signature", signature, data);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Verified OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Openssl_refuses_our_signature_over_different_content()
    {
        using var signer = new WechatPaySigner(TestKeys.PrivateCopy(TestKeys.App));
        var sign = signer.Sign("GET\n/v3/a\n1\nn\n\n");
        var data = Write("data.txt", "GET\n/v3/b\n1\nn\n\n");
        var signature = Write("sig.bin", Convert.FromBase64String(sign));
        var publicKey = Write("pub.pem", TestKeys.PublicPem(TestKeys.App));

        var (exitCode, _) = Openssl("dgst", "-sha256", "-verify", publicKey, "-signature", signature, data);

        Assert.NotEqual(0, exitCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Openssl_generated_key_and_signature_verify_with_our_code(bool traditionalPkcs1)
    {
        var keyPath = Path.Combine(_dir, "key.pem");
        Assert.Equal(0, Openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", keyPath).ExitCode);
        if (traditionalPkcs1)
        {
            Assert.Equal(0, Openssl("rsa", "-in", keyPath, "-traditional", "-out", keyPath).ExitCode);
        }

        var publicPath = Path.Combine(_dir, "pub.pem");
        Assert.Equal(0, Openssl("pkey", "-in", keyPath, "-pubout", "-out", publicPath).ExitCode);
        const string message = "1624523846\nEcZ9Cmy4Xyx1i6RlJQzLcCyEqDa26NBz\n{\"code\":\"SUCCESS\"}\n";
        var data = Write("data.txt", message);
        var signaturePath = Path.Combine(_dir, "sig.bin");
        Assert.Equal(0, Openssl("dgst", "-sha256", "-sign", keyPath, "-out", signaturePath, data).ExitCode);
        var signature = Convert.ToBase64String(File.ReadAllBytes(signaturePath));

        using var publicKey = RsaKeyLoader.LoadPublicKey(File.ReadAllText(publicPath));
        Assert.Equal(VerificationFailure.None, Sha256WithRsa.Verify(publicKey, Encoding.UTF8.GetBytes(message), signature));

        // And our signer with openssl's private key (PKCS#8 or PKCS#1 PEM) produces the same deterministic signature.
        using var ours = WechatPaySigner.FromPem(File.ReadAllText(keyPath));
        Assert.Equal(signature, ours.Sign(message));
    }
}
