using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>Bad input gets a problem-details answer a developer can act on, and changes nothing.</summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class OrderApiBadInputTests(RunningClusterFixture fixture)
{
    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        { "negative amount", """{"outTradeNo":"bad_0001","amount":-5,"currency":"CNY","description":"x","channel":"alipay","memberId":"u1"}""", "amount" },
        { "zero amount", """{"outTradeNo":"bad_0002","amount":0,"currency":"CNY","description":"x","channel":"alipay","memberId":"u1"}""", "amount" },
        { "unknown currency", """{"outTradeNo":"bad_0003","amount":100,"currency":"XYZ","description":"x","channel":"alipay","memberId":"u1"}""", "currency" },
        { "missing outTradeNo", """{"amount":100,"currency":"CNY","description":"x","channel":"alipay","memberId":"u1"}""", "outTradeNo" },
        { "unknown channel", """{"outTradeNo":"bad_0005","amount":100,"currency":"CNY","description":"x","channel":"paypal","memberId":"u1"}""", "channel" },
        { "another merchant's id", """{"merchantId":"m_other","outTradeNo":"bad_0006","amount":100,"currency":"CNY","description":"x","channel":"alipay","memberId":"u1"}""", "merchantId" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_create_gets_400_problem_details_naming_the_field_and_writes_nothing(string name, string body, string field)
    {
        using var http = fixture.SignedClient();
        var before = await fixture.CountStoredGrainStatesAsync();

        using var response = await http.PostAsync("/v1/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{name}: the problem should name {field}: {problem}");
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
    }

    [Theory]
    [InlineData("{\"outTradeNo\":\"bad_0007\",")]
    [InlineData("not json at all")]
    [InlineData("{\"amount\":\"twelve\"}")]
    public async Task Malformed_json_gets_400_problem_details_and_writes_nothing(string body)
    {
        using var http = fixture.SignedClient();
        var before = await fixture.CountStoredGrainStatesAsync();

        using var response = await http.PostAsync("/v1/orders", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
    }

    [Fact]
    public async Task Same_out_trade_no_with_a_different_amount_gets_409_and_the_first_order_stands()
    {
        using var http = fixture.SignedClient();
        using var first = await http.CreateAsync(OrderRequests.Valid("conflict_0001", amount: 1000));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var conflicting = await http.CreateAsync(OrderRequests.Valid("conflict_0001", amount: 2000));

        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        Assert.Equal("application/problem+json", conflicting.Content.Headers.ContentType?.MediaType);
        var stored = await http.GetFromJsonAsync<JsonElement>("/v1/orders/conflict_0001");
        Assert.Equal(1000, stored.GetProperty("amount").GetInt64());
        Assert.Equal(1, stored.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Repeating_the_same_create_returns_the_same_order_with_200()
    {
        using var http = fixture.SignedClient();
        using var first = await http.CreateAsync(OrderRequests.Valid("repeat_0001"));
        using var second = await http.CreateAsync(OrderRequests.Valid("repeat_0001"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("createdAt").GetString(), b.GetProperty("createdAt").GetString());
        Assert.Equal(1, b.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Unknown_order_gets_404_problem_details()
    {
        using var http = fixture.SignedClient();
        using var response = await http.GetAsync("/v1/orders/never_created");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
