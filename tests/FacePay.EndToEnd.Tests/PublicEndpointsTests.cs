using System.Net;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>What answers without a signature: the API reference, the OpenAPI document, health and metrics.</summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class PublicEndpointsTests(RunningClusterFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_the_v1_endpoints_and_health_says_the_cluster_is_ready()
    {
        using var http = fixture.RawClient();

        var document = await http.GetJsonAsync("/openapi/v1.json");
        using var reference = await http.GetAsync("/scalar/v1");
        using var ready = await http.GetAsync("/health/ready");
        using var unknown = await http.GetAsync("/v2/nothing");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/orders", "/v1/orders/{outTradeNo}/face-pay", "/v1/verifications/{sessionId}/captures", "/v1/members/{memberId}/enrollment", "/v1/orders/{outTradeNo}/refunds", "/v1/events/webhook" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }

        Assert.Contains("FacePay-Signature", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
