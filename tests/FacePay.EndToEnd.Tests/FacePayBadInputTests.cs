using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Sandbox;
using FacePay.Testing;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>Bad input on the face-pay endpoints gets a problem a developer can act on, and changes nothing.</summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class FacePayBadInputTests(RunningClusterFixture fixture)
{
    private const string ProblemBase = "https://facepay.dev/problems/";

    [Fact]
    public async Task A_non_image_upload_is_refused_with_415_and_uses_no_attempt()
    {
        var (http, _, sessionId) = await OpenSessionAsync();

        using var response = await http.CaptureAsync(sessionId, Encoding.UTF8.GetBytes("GIF89a is not accepted, and neither is text"), "capture.jpg");

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "NOT_AN_IMAGE");
        await AssertSessionUntouchedAsync(http, sessionId);
    }

    [Fact]
    public async Task An_image_over_the_limit_is_refused_with_413_and_uses_no_attempt()
    {
        var (http, _, sessionId) = await OpenSessionAsync();
        var oversize = new byte[(4 * 1024 * 1024) + 1];
        oversize[0] = 0xFF;
        oversize[1] = 0xD8;
        oversize[2] = 0xFF;

        using var response = await http.CaptureAsync(sessionId, oversize);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "TOO_LARGE");
        await AssertSessionUntouchedAsync(http, sessionId);
    }

    [Fact]
    public async Task A_json_body_over_the_limit_is_refused_with_413_and_writes_nothing()
    {
        using var http = fixture.SignedClient();
        var before = await fixture.CountStoredGrainStatesAsync();
        var body = new { outTradeNo = RunningClusterFixture.NewOutTradeNo("big"), amount = 1, currency = "CNY", description = new string('x', 70_000), channel = "alipay", memberId = "m1" };

        using var response = await http.PostAsJsonAsync("/v1/orders", body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "TOO_LARGE");
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
    }

    [Fact]
    public async Task A_capture_that_is_not_multipart_is_refused_with_415()
    {
        var (http, _, sessionId) = await OpenSessionAsync();

        using var response = await http.PostAsJsonAsync($"/v1/verifications/{sessionId}/captures", new { image = "base64?" });

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "MALFORMED_REQUEST");
        await AssertSessionUntouchedAsync(http, sessionId);
    }

    [Fact]
    public async Task A_session_for_someone_other_than_the_orders_member_is_refused_and_the_order_is_unchanged()
    {
        using var http = fixture.SignedClient();
        var memberId = await EnrollAsync(http);
        var outTradeNo = await CreateOrderAsync(http, memberId);

        using var response = await http.StartVerificationAsync(outTradeNo, "someone_else");

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "MEMBER_MISMATCH");
        var order = await http.GetJsonAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal(("Created", 1L), (order.GetProperty("state").GetString(), order.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task A_capture_after_the_session_expired_is_refused_with_410_and_uses_no_attempt()
    {
        var (http, _, sessionId) = await OpenSessionAsync(lifetimeSeconds: 1);
        var expired = await MerchantRequests.EventuallyAsync(
            () => http.GetJsonAsync($"/v1/verifications/{sessionId}"), s => s.GetProperty("status").GetString() == "Expired", seconds: 10);
        Assert.Equal("Expired", expired.GetProperty("status").GetString());

        using var response = await http.CaptureAsync(sessionId, FacePhotos.Read("obama_2.jpg"));

        await AssertProblemAsync(response, HttpStatusCode.Gone, "EXPIRED");
        Assert.Equal(3, (await http.GetJsonAsync($"/v1/verifications/{sessionId}")).GetProperty("attemptsLeft").GetInt32());
    }

    [Fact]
    public async Task A_verification_token_pays_only_its_own_order_and_only_once()
    {
        using var http = fixture.SignedClient();
        var memberId = await EnrollAsync(http);
        var orderA = await CreateOrderAsync(http, memberId);
        var orderB = await CreateOrderAsync(http, memberId);
        var tokenA = await VerifyAsync(http, orderA, memberId);
        await VerifyAsync(http, orderB, memberId);
        var payer = MerchantRequests.PayerCode("alipay");

        using var wrongOrder = await http.PayAsync(orderB, tokenA, payer);
        using var paid = await http.PayAsync(orderA, tokenA, payer);
        using var reused = await http.PayAsync(orderA, tokenA, payer);

        await AssertProblemAsync(wrongOrder, HttpStatusCode.UnprocessableEntity, "INVALID_VERIFICATION_TOKEN");
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        await AssertProblemAsync(reused, HttpStatusCode.Conflict, "ALREADY_PAID");
        Assert.Equal("ReadyToPay", (await http.GetJsonAsync($"/v1/orders/{orderB}")).GetProperty("state").GetString());
        Assert.Equal(1, fixture.Sandbox.Trades.PayCalls(SandboxChannel.Alipay, RunningClusterFixture.ChannelNo(orderA)));
        Assert.Equal(0, fixture.Sandbox.Trades.PayCalls(SandboxChannel.Alipay, RunningClusterFixture.ChannelNo(orderB)));
    }

    [Fact]
    public async Task Another_persons_face_is_not_verified_and_face_pay_charges_nothing()
    {
        using var http = fixture.SignedClient();
        var memberId = await EnrollAsync(http);
        var outTradeNo = await CreateOrderAsync(http, memberId);

        using var response = await http.FacePayAsync(outTradeNo, memberId, "biden_1.jpg", MerchantRequests.PayerCode("alipay"));

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "NOT_MATCHED");
        var capture = (await http.GetJsonAsync($"/v1/orders/{outTradeNo}")).GetProperty("state").GetString();
        Assert.NotEqual("Paid", capture);
        Assert.Null(fixture.Sandbox.Trades.Find(SandboxChannel.Alipay, RunningClusterFixture.ChannelNo(outTradeNo)));
    }

    [Fact]
    public async Task A_capture_to_another_merchants_session_is_not_found_and_uses_no_attempt()
    {
        var (http, _, sessionId) = await OpenSessionAsync();
        using var other = fixture.SignedClient(fixture.Other);

        using var response = await other.CaptureAsync(sessionId, FacePhotos.Read("obama_2.jpg"));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "NOT_STARTED");
        await AssertSessionUntouchedAsync(http, sessionId);
    }

    private async Task<(HttpClient Http, string OutTradeNo, string SessionId)> OpenSessionAsync(int? lifetimeSeconds = null)
    {
        var http = fixture.SignedClient();
        var memberId = await EnrollAsync(http);
        var outTradeNo = await CreateOrderAsync(http, memberId);
        using var started = await http.StartVerificationAsync(outTradeNo, memberId, lifetimeSeconds);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (http, outTradeNo, (await started.JsonAsync()).GetProperty("sessionId").GetString()!);
    }

    private static async Task<string> EnrollAsync(HttpClient http)
    {
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        using var enrolled = await http.EnrollAsync(memberId, "obama_1.jpg");
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        return memberId;
    }

    private static async Task<string> CreateOrderAsync(HttpClient http, string memberId)
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("bad");
        using var created = await http.CreateAsync(OrderRequests.Valid(outTradeNo, memberId: memberId));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return outTradeNo;
    }

    private static async Task<string> VerifyAsync(HttpClient http, string outTradeNo, string memberId)
    {
        using var started = await http.StartVerificationAsync(outTradeNo, memberId);
        var sessionId = (await started.JsonAsync()).GetProperty("sessionId").GetString()!;
        using var capture = await http.CaptureAsync(sessionId, FacePhotos.Read("obama_2.jpg"));
        var result = await capture.JsonAsync();
        Assert.True(result.GetProperty("verified").GetBoolean(), result.ToString());
        return result.GetProperty("verificationToken").GetString()!;
    }

    private static async Task AssertSessionUntouchedAsync(HttpClient http, string sessionId)
    {
        var session = await http.GetJsonAsync($"/v1/verifications/{sessionId}");
        Assert.Equal(3, session.GetProperty("attemptsLeft").GetInt32());
        Assert.Equal("Open", session.GetProperty("status").GetString());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(ProblemBase + code, problem.RootElement.GetProperty("type").GetString());
    }
}
