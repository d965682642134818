using System.Net;
using System.Net.Http.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Sandbox;
using FacePay.Sandbox.Faults;
using FacePay.Testing.Merchants;
using Xunit.Abstractions;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The operator API under <c>/ops/api</c> on the running system: operator credentials only (never a merchant key, and
/// an operator is no merchant), RFC 9457 answers for every refusal, and the actions changing real orders.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class OperatorApiTests(RunningClusterFixture fixture, ITestOutputHelper output)
{
    private const string ProblemBase = "https://facepay.dev/problems/";

    [Fact]
    public async Task Without_operator_credentials_the_api_answers_401_problem_details_and_the_page_sends_to_the_login()
    {
        using var anonymous = OperatorRequests.Client(fixture);
        using var wrong = OperatorRequests.Client(fixture, TestOperator.BasicOf(fixture.Operator.Name, "not-the-password"));

        using var overview = await anonymous.GetAsync("/ops/api/overview");
        using var page = await anonymous.GetAsync("/ops");
        using var refused = await wrong.GetAsync("/ops/api/overview");

        await AssertProblemAsync(overview, HttpStatusCode.Unauthorized, "OPERATOR_CREDENTIALS_REQUIRED");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/ops/login", new Uri(fixture.ApiAddress(), page.Headers.Location!).AbsolutePath);
        await AssertProblemAsync(refused, HttpStatusCode.Unauthorized, "OPERATOR_CREDENTIALS_REQUIRED");
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task A_merchant_key_is_not_an_operator_and_an_operator_is_not_a_merchant()
    {
        using var merchant = fixture.SignedClient();
        using var operatorClient = OperatorRequests.Client(fixture, fixture.Operator.Basic());

        using var merchantOnOps = await merchant.GetAsync("/ops/api/overview");
        using var merchantCloses = await merchant.PostAsync($"/ops/api/orders/{fixture.Main.Id}/{RunningClusterFixture.NewOutTradeNo("nope")}/close", null);
        using var operatorOnV1 = await operatorClient.GetAsync($"/v1/orders/{RunningClusterFixture.NewOutTradeNo("nope")}");
        using var operatorOnOps = await operatorClient.GetAsync("/ops/api/overview");

        await AssertProblemAsync(merchantOnOps, HttpStatusCode.Unauthorized, "OPERATOR_CREDENTIALS_REQUIRED");
        await AssertProblemAsync(merchantCloses, HttpStatusCode.Unauthorized, "OPERATOR_CREDENTIALS_REQUIRED");
        Assert.Equal(HttpStatusCode.Unauthorized, operatorOnV1.StatusCode);
        Assert.Equal("application/problem+json", operatorOnV1.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, operatorOnOps.StatusCode);
    }

    [Fact]
    public async Task The_documented_development_operator_signs_in_on_a_development_host()
    {
        // README and deploy/up.sh print these; the hosts run in Development here, as under deploy/up.sh.
        using var http = OperatorRequests.Client(fixture, cookies: new CookieContainer());

        using var signedIn = await http.SignInAsync("dev", "development-only-operator-pw");
        using var page = await http.GetAsync("/ops");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("payments console", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_closes_an_unpaid_order_and_the_merchant_and_the_overview_see_it_closed()
    {
        using var merchant = fixture.SignedClient();
        using var operatorClient = OperatorRequests.Client(fixture, fixture.Operator.Bearer());
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("opsclose");
        using (var created = await merchant.CreateAsync(OrderRequests.Valid(outTradeNo)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var closed = await operatorClient.CloseAsync(fixture.Main.Id, outTradeNo);
        using var again = await operatorClient.CloseAsync(fixture.Main.Id, outTradeNo);
        using var missing = await operatorClient.CloseAsync(fixture.Main.Id, RunningClusterFixture.NewOutTradeNo("ghost"));

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Closed", (await closed.JsonAsync()).GetProperty("state").GetString());
        Assert.Equal("Closed", (await merchant.GetJsonAsync($"/v1/orders/{outTradeNo}")).GetProperty("state").GetString());
        Assert.True(again.IsSuccessStatusCode || again.StatusCode == HttpStatusCode.Conflict, $"closing twice answered {again.StatusCode}");
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var key = $"{fixture.Main.Id}/{outTradeNo}";
        var lines = await MerchantRequests.EventuallyAsync(operatorClient.LatestOrdersAsync, l => l.TryGetValue(key, out var o) && o.GetProperty("state").GetString() == "Closed");
        Assert.True(lines.ContainsKey(key), $"{key} is not among the overview's latest orders");
        Assert.Equal("Closed", lines[key].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Querying_an_order_whose_charge_had_an_unknown_outcome_applies_the_channels_answer()
    {
        using var report = fixture.Cluster.ReportOutputOnFailure(output);
        using var merchant = fixture.SignedClient();
        using var operatorClient = OperatorRequests.Client(fixture, fixture.Operator.Basic());
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("opsquery");
        var channelNo = RunningClusterFixture.ChannelNo(outTradeNo);

        // The charge goes through at the channel, but the answer is a system error: the order cannot know it paid.
        fixture.Sandbox.Faults.Add(new FaultRule
        {
            Kind = FaultKind.SystemError,
            Channel = SandboxChannel.Alipay,
            Operation = SandboxOperation.Pay,
            OutTradeNo = channelNo,
            ApplyOperation = true,
            Times = 1,
        });
        using (var paying = await merchant.CreateAndFacePayAsync(outTradeNo))
        {
            output.WriteLine($"face-pay answered {(int)paying.StatusCode}: {await paying.Content.ReadAsStringAsync()}");
        }

        using var queried = await operatorClient.QueryAsync(fixture.Main.Id, outTradeNo);

        Assert.Equal(HttpStatusCode.OK, queried.StatusCode);
        Assert.Equal("Paid", (await queried.JsonAsync()).GetProperty("state").GetString());
        Assert.Equal("Paid", (await merchant.GetJsonAsync($"/v1/orders/{outTradeNo}")).GetProperty("state").GetString());
        Assert.Equal(1, fixture.Sandbox.Trades.PayCalls(SandboxChannel.Alipay, channelNo));
        Assert.Equal(1800, fixture.Sandbox.Trades.Find(SandboxChannel.Alipay, channelNo)!.PaidFen);
    }

    [Fact]
    public async Task A_dead_lettered_webhook_replayed_by_an_operator_reaches_the_endpoint_once_it_answers()
    {
        using var report = fixture.Cluster.ReportOutputOnFailure(output);
        using var merchant = fixture.SignedClient(fixture.Operated);
        using var operatorClient = OperatorRequests.Client(fixture, fixture.Operator.Bearer());
        var merchantId = fixture.Operated.Id;
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("opsdead");

        // The endpoint refuses connections until it listens: every attempt of the schedule fails.
        await using var endpoint = FacePay.Testing.Webhooks.WebhookReceiver.Reserve();
        using (var configured = await merchant.PutAsync("/v1/events/webhook", JsonContent.Create(new { url = endpoint.Url, secret = "ops-webhook-secret-" + Guid.NewGuid().ToString("N") })))
        {
            Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        }

        using (var created = await merchant.CreateAsync(OrderRequests.Valid(outTradeNo)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var deadLetters = await MerchantRequests.EventuallyAsync(
            () => DeadLettersAsync(operatorClient, merchantId, outTradeNo), d => d.Count > 0);
        var eventId = Assert.Single(deadLetters);
        Assert.Empty(endpoint.Received);

        endpoint.Listen();
        using var replayed = await operatorClient.ReplayAsync(merchantId, eventId);
        using var replayedAgain = await operatorClient.ReplayAsync(merchantId, eventId);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(eventId, (await replayed.JsonAsync()).GetProperty("eventId").GetString());
        var delivered = await MerchantRequests.EventuallyAsync(() => Task.FromResult(endpoint.Accepted), a => a.Any(w => w.EventId == eventId));
        Assert.Single(delivered, w => w.EventId == eventId);
        Assert.Equal(HttpStatusCode.NotFound, replayedAgain.StatusCode);
        Assert.Empty(await DeadLettersAsync(operatorClient, merchantId, outTradeNo));
    }

    [Fact]
    public async Task A_console_session_must_send_the_console_header_to_act_and_a_missing_dead_letter_is_404()
    {
        var cookies = new CookieContainer();
        using var console = OperatorRequests.Client(fixture, cookies: cookies);
        using (var signedIn = await console.SignInAsync(fixture.Operator.Name, fixture.Operator.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/ops", signedIn.Headers.Location!.OriginalString);
        }

        using var read = await console.GetAsync("/ops/api/overview");
        using var forged = await console.ReplayAsync(fixture.Main.Id, "evt_forged");
        console.DefaultRequestHeaders.Add("X-FacePay-Console", "1");
        using var replay = await console.ReplayAsync(fixture.Main.Id, "evt_" + Guid.NewGuid().ToString("N"));
        using var noEvent = await console.ReplayAsync(fixture.Main.Id, " ");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await AssertProblemAsync(forged, HttpStatusCode.Forbidden, "CONSOLE_HEADER_REQUIRED");
        Assert.Equal(HttpStatusCode.NotFound, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, noEvent.StatusCode);
    }

    private static async Task<List<string>> DeadLettersAsync(HttpClient operatorClient, string merchantId, string outTradeNo)
    {
        var overview = await operatorClient.GetJsonAsync("/ops/api/overview");
        return [.. overview.GetProperty("deadLetters").EnumerateArray()
            .Where(d => d.GetProperty("merchantId").GetString() == merchantId && d.GetProperty("eventId").GetString()!.Contains($"/{outTradeNo}/", StringComparison.Ordinal))
            .Select(d => d.GetProperty("eventId").GetString()!)];
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(ProblemBase + type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
