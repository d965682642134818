using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;

namespace FacePay.Channels.Tests.Crypto;

/// <summary>Signers and verifiers are registered as singletons; they must be safe to share between threads.</summary>
public sealed class ConcurrentUseTests
{
    [Fact]
    public async Task One_signer_and_one_verifier_serve_many_threads_correctly()
    {
        using var signer = new AlipaySigner(TestKeys.PrivateCopy(TestKeys.App));
        using var verifier = new AlipaySignatureVerifier(TestKeys.PublicCopy(TestKeys.App));

        var failures = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            var content = $"out_trade_no=FP-{i}&total_amount={AlipayAmount.Format(i)}";
            var sign = signer.Sign(content);
            return (verifier.Verify(content, sign), verifier.Verify(content + "x", sign));
        })));

        Assert.All(failures, f => Assert.Equal((VerificationFailure.None, VerificationFailure.SignatureMismatch), f));
        Assert.Equal(VerificationFailure.None, verifier.Verify(Encoding.UTF8.GetBytes("a=1"), signer.Sign("a=1")));
    }
}
