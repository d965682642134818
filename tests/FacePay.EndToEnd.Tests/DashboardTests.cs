using System.Net;
using FacePay.EndToEnd.Tests.Infrastructure;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// The Orleans dashboard on a running silo (<c>/dashboard</c>, protected: the fixture's silos set
/// <c>FacePay:Operators:Dashboard=Always</c>, as any silo outside loopback development is).
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class DashboardTests(RunningClusterFixture fixture)
{
    [Fact]
    public async Task The_dashboard_answers_with_its_page_for_an_operator_and_refuses_without_credentials()
    {
        using var http = fixture.SiloClient(1);

        using var anonymous = await http.GetAsync("/dashboard/");
        using var merchantLike = await Send(http, "/dashboard/", TestOperator.BasicOf(fixture.Main.KeyId, fixture.Main.Secret));
        using var page = await Send(http, "/dashboard/", fixture.Operator.Basic());
        using var byToken = await Send(http, "/dashboard/", fixture.Operator.Bearer());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains(anonymous.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, merchantLike.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, string path, System.Net.Http.Headers.AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = authorization } };
        return http.SendAsync(request);
    }
}
