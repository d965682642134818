using System.Net;
using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.MerchantApi.Authentication;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>Idempotency keys on POSTs (kept in the cluster, so any API instance answers a retry) and per-merchant rate limits.</summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class IdempotencyAndRateLimitTests(RunningClusterFixture fixture)
{
    [Fact]
    public async Task A_retry_with_the_same_key_and_body_gets_the_first_response_from_either_instance()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("idem");
        var body = JsonSerializer.Serialize(OrderRequests.Valid(outTradeNo));
        var key = Guid.NewGuid().ToString("N");

        using var first = await fixture.RawClient(api: 0).SendAsync(ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", body, idempotencyKey: key));
        using var retry = await fixture.RawClient(api: 1).SendAsync(ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", body, idempotencyKey: key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await retry.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.TryGetValues(SignatureHeaders.IdempotentReplayed, out var replayed) && replayed.Single() == "true");
        Assert.Equal(1, (await fixture.SignedClient().GetJsonAsync($"/v1/orders/{outTradeNo}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_and_changes_nothing()
    {
        var first = RunningClusterFixture.NewOutTradeNo("idem");
        var second = RunningClusterFixture.NewOutTradeNo("idem");
        var key = Guid.NewGuid().ToString("N");
        using var created = await fixture.RawClient().SendAsync(
            ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", JsonSerializer.Serialize(OrderRequests.Valid(first)), idempotencyKey: key));
        var before = await fixture.CountStoredGrainStatesAsync();

        using var reused = await fixture.RawClient(api: 1).SendAsync(
            ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", JsonSerializer.Serialize(OrderRequests.Valid(second)), idempotencyKey: key));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("https://facepay.dev/problems/IDEMPOTENCY_KEY_REUSED", (await reused.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
        using var missing = await fixture.SignedClient().GetAsync($"/v1/orders/{second}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_post_without_an_idempotency_key_is_refused_and_changes_nothing()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("nokey");
        using var response = await fixture.RawClient().SendAsync(
            ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", JsonSerializer.Serialize(OrderRequests.Valid(outTradeNo)), idempotencyKey: ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("https://facepay.dev/problems/IDEMPOTENCY_KEY_REQUIRED", (await response.JsonAsync()).GetProperty("type").GetString());
        using var missing = await fixture.SignedClient().GetAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_merchant_over_its_rate_limit_gets_429_with_retry_after_and_other_merchants_are_unaffected()
    {
        using var limited = fixture.SignedClient(fixture.Limited);
        var statuses = new List<HttpResponseMessage>();
        try
        {
            // Burst 2, refilled at 1/s: six requests in a row cannot all fit unless they took over four seconds.
            for (var i = 0; i < 6; i++)
            {
                statuses.Add(await limited.GetAsync("/v1/orders/limit_0001"));
            }

            var rejected = statuses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {rejected.Headers.RetryAfter}");
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            Assert.Equal("https://facepay.dev/problems/RATE_LIMITED", (await rejected.JsonAsync()).GetProperty("type").GetString());
            Assert.All(statuses.Take(RunningClusterFixture.LimitedBurst), r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));

            using var other = await fixture.SignedClient().GetAsync("/v1/orders/limit_0001");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
        finally
        {
            statuses.ForEach(r => r.Dispose());
        }
    }
}
