using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.Fakes;

/// <summary>
/// Plays the Alipay gateway: checks each request's RSA2 signature with the app public key, then answers with a
/// response node signed by the "Alipay" key (or by whatever the test asks for).
/// </summary>
internal sealed class FakeAlipayGateway : IDisposable
{
    public static readonly Uri GatewayUrl = new("https://openapi.example.test/gateway.do");
    public const string AppId = "2021000000000001";

    private readonly AlipaySignatureVerifier _appKey = new(TestKeys.PublicCopy(TestKeys.App));
    private readonly AlipaySigner _alipayKey = new(TestKeys.PrivateCopy(TestKeys.Alipay));

    public FakeAlipayGateway(Func<AlipayRequest, string> answer)
    {
        Handler = new FakeGatewayHandler((recorded, _) =>
        {
            var parameters = AlipayFormParameters.Parse(recorded.Body);
            var verified = _appKey.VerifyRequest(parameters);
            if (!verified.IsValid)
            {
                return Task.FromResult(Text("""{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature"}}"""));
            }

            var request = new AlipayRequest(verified.Value, JsonNode.Parse(verified.Value["biz_content"])!.AsObject());
            Requests.Add(request);
            return Task.FromResult(Text(answer(request)));
        });
    }

    public FakeGatewayHandler Handler { get; }

    public List<AlipayRequest> Requests { get; } = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public AlipayOptions Options { get; } = new()
    {
        GatewayUrl = GatewayUrl,
        AppId = AppId,
        AppPrivateKeyPem = TestKeys.PrivatePkcs1Pem(TestKeys.App),
        AlipayPublicKeyPem = TestKeys.PublicPem(TestKeys.Alipay),
        NotifyUrl = new Uri("https://merchant.example.test/notify/alipay"),
        Timeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>A signed body answering <paramref name="method"/> with <paramref name="node"/>.</summary>
    public string Signed(string method, string node) => _alipayKey.BuildSignedResponseBody(AlipayResponseNode.For(method), node);

    public AlipayClient CreateClient(HttpMessageHandler? handler = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        return new AlipayClient(new HttpClient(handler ?? Handler), new AlipayCredentials(options), options, Time, NullLogger<AlipayClient>.Instance);
    }

    public void Dispose()
    {
        _appKey.Dispose();
        _alipayKey.Dispose();
        Handler.Dispose();
    }

    private static HttpResponseMessage Text(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}

internal sealed record AlipayRequest(IReadOnlyDictionary<string, string> Parameters, JsonObject Biz)
{
    public string Method => Parameters["method"];

    public string? BizString(string name) => Biz[name]?.GetValue<string>();
}
