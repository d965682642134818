using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Channels.Tests.Fakes;
using FacePay.Channels.Tests.Vectors;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipayCertificateSerialTests
{
    [Fact]
    public void App_certificate_serial_matches_the_gopay_published_value()
    {
        Assert.Equal(GopayAlipayCertVectors.AppCertificateSn, AlipayCertificateSerial.Compute(GopayAlipayCertVectors.AppCertificate));
    }

    [Fact]
    public void Alipay_certificate_serial_matches_the_openssl_computed_value()
    {
        Assert.Equal(GopayAlipayCertVectors.AlipayCertificateSn, AlipayCertificateSerial.Compute(GopayAlipayCertVectors.AlipayCertificate));
    }

    [Fact]
    public void Issuer_is_formatted_like_java_rfc2253()
    {
        using var certificate = RsaKeyLoader.LoadCertificate(GopayAlipayCertVectors.AppCertificate);

        Assert.Equal(
            "CN=Ant Financial Certification Authority Class 2 R1,OU=Certification Authority,O=Ant Financial,C=CN",
            AlipayCertificateSerial.Rfc2253(certificate.IssuerName));
    }

    [Fact]
    public void Root_serial_joins_only_rsa_signed_certificates_of_the_chain()
    {
        var chain = string.Join('\n', GopayAlipayCertVectors.AppCertificate, SkitSmVectors.Sm2Certificate, GopayAlipayCertVectors.AlipayCertificate);

        Assert.Equal($"{GopayAlipayCertVectors.AppCertificateSn}_{GopayAlipayCertVectors.AlipayCertificateSn}", AlipayCertificateSerial.ComputeRoot(chain));
    }

    [Fact]
    public void Root_chain_without_rsa_certificates_is_rejected()
    {
        Assert.Throws<KeyFormatException>(() => AlipayCertificateSerial.ComputeRoot(SkitSmVectors.Sm2Certificate));
    }

    [Fact]
    public void Names_with_special_characters_are_escaped_as_openssl_rfc2253_does()
    {
        var dir = Directory.CreateTempSubdirectory("facepay-dn-").FullName;
        try
        {
            var certPath = Path.Combine(dir, "c.pem");
            Run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", Path.Combine(dir, "k.pem"), "-out", certPath, "-days", "1",
                "-subj", "/C=CN/ST=Zhe Jiang/O=Foo\\, Inc+Partners/OU=A;B/CN=#Test \"Q\" <x>");
            var expected = Run("x509", "-in", certPath, "-noout", "-issuer", "-nameopt", "RFC2253").Trim()["issuer=".Length..];
            using var certificate = X509CertificateLoader.LoadCertificate(File.ReadAllBytes(certPath));

            Assert.Equal(expected, AlipayCertificateSerial.Rfc2253(certificate.IssuerName));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Response_announcing_another_alipay_cert_sn_is_an_unknown_serial()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        var node = """{"code":"10000","msg":"Success"}""";
        var signed = signer.BuildSignedResponseBody("alipay_trade_query_response", node);
        var withSn = signed[..^1] + ",\"alipay_cert_sn\":\"" + "{0}" + "\"}";
        var verifier = new AlipayResponseVerifier(new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.Alipay)), GopayAlipayCertVectors.AlipayCertificateSn);

        var same = verifier.Verify("alipay.trade.query", Encoding.UTF8.GetBytes(withSn.Replace("{0}", GopayAlipayCertVectors.AlipayCertificateSn, StringComparison.Ordinal)));
        var other = verifier.Verify("alipay.trade.query", Encoding.UTF8.GetBytes(withSn.Replace("{0}", "00000000000000000000000000000000", StringComparison.Ordinal)));

        Assert.True(same.IsValid, same.Detail);
        Assert.Equal(VerificationFailure.UnknownSerial, other.Failure);
    }

    [Fact]
    public async Task Client_in_certificate_mode_sends_signed_app_and_root_cert_serials()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.Alipay));
        using var gateway = new FakeAlipayGateway(r => signer.BuildSignedResponseBody(AlipayResponseNode.For(r.Method), """{"code":"10000","msg":"Success","trade_status":"WAIT_BUYER_PAY"}"""));
        gateway.Options.AppCertificatePem = GopayAlipayCertVectors.AppCertificate;
        gateway.Options.AlipayRootCertificatePem = GopayAlipayCertVectors.AlipayCertificate;

        await gateway.CreateClient().QueryAsync("FP-1-1", CancellationToken.None);

        var request = Assert.Single(gateway.Requests);
        Assert.Equal(GopayAlipayCertVectors.AppCertificateSn, request.Parameters["app_cert_sn"]);
        Assert.Equal(GopayAlipayCertVectors.AlipayCertificateSn, request.Parameters["alipay_root_cert_sn"]);
    }

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
