using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FacePay.Channels.WechatPay;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FacePay.Channels.Tests.Fakes;

/// <summary>
/// Plays WeChat Pay v3: verifies each request's Authorization with the merchant public key, then answers with the
/// Wechatpay-* headers signed by the platform key under <see cref="PlatformSerial"/>.
/// </summary>
internal sealed class FakeWechatPayGateway : IDisposable
{
    public const string MchId = "1900000001";
    public const string AppId = "wx0000000000000001";
    public const string MerchantSerial = "MERCHANT0001";
    public const string PlatformSerial = "PUB_KEY_ID_0100000000000000000000000001";
    public const string ApiV3Key = "0123456789abcdefghijklmnopqrstuv";
    public static readonly Uri BaseUrl = new("https://api.example.test/");

    private readonly WechatPayVerifierStore _merchantKeys = new();
    private readonly WechatPaySigner _platformSigner = new(TestKeys.PrivateCopy(TestKeys.Alipay));

    public FakeWechatPayGateway(Func<WechatRequest, WechatAnswer> answer)
    {
        _merchantKeys.AddKey(MerchantSerial, TestKeys.PublicCopy(TestKeys.App));
        var requestVerifier = new WechatPayRequestVerifier(_merchantKeys, Time);
        ResponseSigner = new WechatPayResponseSigner(PlatformSerial, _platformSigner, Time);
        Handler = new FakeGatewayHandler((recorded, _) =>
        {
            var verified = requestVerifier.Verify(recorded.Authorization, recorded.Method, recorded.Uri.PathAndQuery, recorded.Body);
            var request = new WechatRequest(recorded, verified.IsValid, recorded.Body.Length == 0 ? null : JsonNode.Parse(recorded.Body)!.AsObject());
            Requests.Add(request);
            var reply = verified.IsValid ? answer(request) : new WechatAnswer(401, """{"code":"SIGN_ERROR","message":"bad signature"}""");
            return Task.FromResult(Build(reply));
        });
    }

    public FakeGatewayHandler Handler { get; }

    public WechatPayResponseSigner ResponseSigner { get; set; }

    public List<WechatRequest> Requests { get; } = [];

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public WechatPayOptions Options { get; } = new()
    {
        BaseUrl = BaseUrl,
        MchId = MchId,
        AppId = AppId,
        MerchantPrivateKeyPem = TestKeys.PrivatePkcs8Pem(TestKeys.App),
        MerchantCertificateSerial = MerchantSerial,
        ApiV3Key = ApiV3Key,
        PublicKeyId = PlatformSerial,
        PublicKeyPem = TestKeys.PublicPem(TestKeys.Alipay),
        Timeout = TimeSpan.FromSeconds(5),
    };

    public WechatPayClient CreateClient(HttpMessageHandler? handler = null)
    {
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        return new WechatPayClient(new HttpClient(handler ?? Handler), new WechatPayCredentials(options, Time), options, NullLogger<WechatPayClient>.Instance);
    }

    public void Dispose()
    {
        _merchantKeys.Dispose();
        _platformSigner.Dispose();
        Handler.Dispose();
    }

    private HttpResponseMessage Build(WechatAnswer reply)
    {
        var bytes = Encoding.UTF8.GetBytes(reply.Body);
        var response = new HttpResponseMessage((HttpStatusCode)reply.Status) { Content = new ByteArrayContent(bytes) };
        if (reply.Sign)
        {
            var headers = ResponseSigner.Sign(bytes);
            response.Headers.Add(WechatPaySignatureHeaders.SerialHeader, reply.SerialOverride ?? headers.Serial);
            response.Headers.Add(WechatPaySignatureHeaders.SignatureHeader, headers.Signature);
            response.Headers.Add(WechatPaySignatureHeaders.TimestampHeader, headers.Timestamp);
            response.Headers.Add(WechatPaySignatureHeaders.NonceHeader, headers.Nonce);
        }

        if (reply.TamperBody)
        {
            response.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(reply.Body + " "));
        }

        return response;
    }
}

internal sealed record WechatRequest(RecordedRequest Recorded, bool SignatureValid, JsonObject? Json)
{
    public string PathAndQuery => Recorded.Uri.PathAndQuery;
}

internal sealed record WechatAnswer(int Status, string Body, bool Sign = true, string? SerialOverride = null, bool TamperBody = false);
