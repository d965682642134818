using System.Text;
using System.Text.Json.Nodes;
using FacePay.Channels.WechatPay;

namespace FacePay.Sandbox.Tests;

/// <summary>Calls the sandbox's WeChat Pay v3 API the way a merchant does: signed Authorization, verified answer.</summary>
public sealed class WechatPayTestClient : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly SandboxHost _sandbox;
    private readonly WechatPaySigner _signer;
    private readonly WechatPayAuthorization _authorization;
    private readonly WechatPayVerifierStore _store = new();
    private readonly WechatPayValidator _validator;

    public WechatPayTestClient(SandboxHost sandbox, string? merchantSerial = null, TimeSpan? timeout = null)
    {
        _sandbox = sandbox;
        var c = sandbox.Credentials;
        _signer = WechatPaySigner.FromPem(c.MerchantPrivateKeyPem);
        _authorization = new WechatPayAuthorization(c.WechatPayMchId, merchantSerial ?? c.MerchantSerialNo, _signer, TimeProvider.System);
        _store.AddCertificatePem(c.PlatformCertificatePem);
        _store.AddPublicKey(c.PublicKeyId, c.WechatPayPublicKeyPem);
        _validator = new WechatPayValidator(_store, TimeProvider.System);
        if (timeout is { } t)
        {
            _http.Timeout = t;
        }
    }

    public WechatPayValidator Validator => _validator;

    public JsonObject CodePay(string outTradeNo, long fen, string authCode = "134567890123456789", string? notifyUrl = null)
    {
        var body = new JsonObject
        {
            ["appid"] = _sandbox.Credentials.WechatPayAppId,
            ["mchid"] = _sandbox.Credentials.WechatPayMchId,
            ["description"] = "刷脸支付",
            ["out_trade_no"] = outTradeNo,
            ["payer"] = new JsonObject { ["auth_code"] = authCode },
            ["amount"] = new JsonObject { ["total"] = fen, ["currency"] = "CNY" },
            ["scene_info"] = new JsonObject { ["device_id"] = "kiosk-1", ["store_info"] = new JsonObject { ["out_id"] = "store-1" } },
        };
        if (notifyUrl is not null)
        {
            body["notify_url"] = notifyUrl;
        }

        return body;
    }

    public JsonObject Mch() => new() { ["mchid"] = _sandbox.Credentials.WechatPayMchId, ["appid"] = _sandbox.Credentials.WechatPayAppId };

    public Task<WechatAnswer> PayAsync(string outTradeNo, long fen, string? notifyUrl = null, string authCode = "134567890123456789") =>
        SendAsync(HttpMethod.Post, "/v3/pay/transactions/codepay", CodePay(outTradeNo, fen, authCode, notifyUrl));

    public Task<WechatAnswer> QueryAsync(string outTradeNo) =>
        SendAsync(HttpMethod.Get, $"/v3/pay/transactions/out-trade-no/{outTradeNo}?mchid={_sandbox.Credentials.WechatPayMchId}", null);

    public async Task<WechatAnswer> SendAsync(HttpMethod method, string pathAndQuery, JsonObject? json, Func<string, string>? tamperBody = null)
    {
        var body = json?.ToJsonString() ?? string.Empty;
        using var request = new HttpRequestMessage(method, new Uri(_sandbox.BaseUrl, pathAndQuery));
        request.Headers.TryAddWithoutValidation("Authorization", _authorization.Build(method.Method, pathAndQuery, body));
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.UserAgent.ParseAdd("FacePay-Tests/1.0");
        if (json is not null)
        {
            request.Content = new StringContent(tamperBody?.Invoke(body) ?? body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var headers = WechatPaySignatureHeaders.From(name => response.Headers.TryGetValues(name, out var v) ? v.First() : null);
        var verified = _validator.Validate(headers, bytes);
        return new WechatAnswer((int)response.StatusCode, bytes, verified.IsValid, verified.Failure.ToString(), headers.Serial);
    }

    public async Task<byte[]> DownloadAsync(Uri url)
    {
        var pathAndQuery = url.PathAndQuery;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", _authorization.Build("GET", pathAndQuery, string.Empty));
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    public void Dispose()
    {
        _http.Dispose();
        _signer.Dispose();
        _store.Dispose();
    }
}

/// <summary>A WeChat answer: status, raw body, whether the Wechatpay-* signature verified.</summary>
public sealed record WechatAnswer(int Status, byte[] Body, bool SignatureValid, string VerificationFailure, string? Serial)
{
    public JsonObject Json => (JsonObject)JsonNode.Parse(Body)!;

    public string? Field(string name) => Json[name]?.GetValue<string>();
}
