using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;

namespace FacePay.Sandbox.Tests;

/// <summary>Calls the sandbox's Alipay gateway the way a merchant does: RSA2-signed form, verified answer.</summary>
public sealed class AlipayTestClient : IDisposable
{
    private readonly HttpClient _http = new();
    private readonly SandboxHost _sandbox;
    private readonly AlipaySigner _signer;
    private readonly AlipayResponseVerifier _verifier;

    public AlipayTestClient(SandboxHost sandbox, TimeSpan? timeout = null)
    {
        _sandbox = sandbox;
        _signer = AlipaySigner.FromPem(sandbox.Credentials.AppPrivateKeyPem);
        _verifier = new AlipayResponseVerifier(AlipaySignatureVerifier.FromPem(sandbox.Credentials.AlipayPublicKeyPem));
        if (timeout is { } t)
        {
            _http.Timeout = t;
        }
    }

    public static string Pay(string outTradeNo, long fen, string authCode = "fp0123456789abcdef", string subject = "Face pay") =>
        new JsonObject
        {
            ["out_trade_no"] = outTradeNo,
            ["scene"] = "security_code",
            ["auth_code"] = authCode,
            ["product_code"] = "FACE_TO_FACE_PAYMENT",
            ["subject"] = subject,
            ["total_amount"] = AlipayAmount.Format(fen),
        }.ToJsonString();

    public static string Trade(string outTradeNo) => new JsonObject { ["out_trade_no"] = outTradeNo }.ToJsonString();

    public Task<AlipayAnswer> CallAsync(string method, string bizContent, string? notifyUrl = null, bool tamper = false) =>
        SendAsync(BuildForm(method, bizContent, notifyUrl, tamper));

    public List<KeyValuePair<string, string?>> BuildForm(string method, string bizContent, string? notifyUrl = null, bool tamper = false)
    {
        var p = new List<KeyValuePair<string, string?>>
        {
            new("app_id", _sandbox.Credentials.AlipayAppId),
            new("method", method),
            new("format", "JSON"),
            new("charset", "utf-8"),
            new("sign_type", "RSA2"),
            new("timestamp", DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
            new("version", "1.0"),
            new("notify_url", notifyUrl),
            new("biz_content", bizContent),
        };
        p.Add(new("sign", _signer.SignRequest(p)));
        if (tamper)
        {
            var i = p.FindIndex(x => x.Key == "biz_content");
            p[i] = new("biz_content", bizContent.Replace("}", ",\"extra\":\"1\"}", StringComparison.Ordinal));
        }

        return p;
    }

    public async Task<AlipayAnswer> SendAsync(IEnumerable<KeyValuePair<string, string?>> form)
    {
        var method = form.First(p => p.Key == "method").Value!;
        using var content = new StringContent(AlipayFormParameters.Encode(form), Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await _http.PostAsync(_sandbox.AlipayGatewayUrl, content);
        var body = await response.Content.ReadAsByteArrayAsync();
        var verified = _verifier.Verify(method, body);
        return new AlipayAnswer((int)response.StatusCode, Encoding.UTF8.GetString(body), verified.IsValid ? verified.Value : null, verified.Failure.ToString());
    }

    public void Dispose()
    {
        _http.Dispose();
        _signer.Dispose();
    }
}

/// <summary>An Alipay answer: the verified node (null when the signature did not verify) and the raw body.</summary>
public sealed record AlipayAnswer(int HttpStatus, string RawBody, AlipayResponse? Verified, string VerificationFailure)
{
    public JsonObject Node => (JsonObject)JsonNode.Parse(Verified?.RawJson ?? FirstNode())!;

    public string Code => Node["code"]!.GetValue<string>();

    public string? SubCode => Node["sub_code"]?.GetValue<string>();

    public string? Field(string name) => Node[name]?.GetValue<string>();

    private string FirstNode()
    {
        var root = JsonNode.Parse(RawBody)!.AsObject();
        return root.First(p => p.Key.EndsWith("_response", StringComparison.Ordinal)).Value!.ToJsonString();
    }
}
