using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FacePay.EndToEnd.Tests.Infrastructure;
using FacePay.Testing;
using FacePay.Testing.Merchants;

namespace FacePay.EndToEnd.Tests;

/// <summary>
/// Every request to /v1 is authenticated by API key and HMAC signature; each way of getting it wrong is answered 401
/// with a problem naming the check that failed, and changes nothing.
/// </summary>
[Collection(RunningClusterFixture.CollectionName)]
public sealed class MerchantAuthenticationTests(RunningClusterFixture fixture)
{
    private const string ProblemBase = "https://facepay.dev/problems/";

    [Fact]
    public async Task An_unsigned_request_is_refused_as_missing_credentials()
    {
        using var http = fixture.RawClient();
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("unsigned");

        using var response = await http.CreateAsync(OrderRequests.Valid(outTradeNo));

        await AssertRefusedAsync(response, "MISSING_CREDENTIALS");
        await AssertNoOrderAsync(outTradeNo);
    }

    [Fact]
    public async Task An_unknown_key_is_refused()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("unknownkey");
        using var request = ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", CreateBody(outTradeNo), keyId: "no_such_key_123");

        using var response = await fixture.RawClient().SendAsync(request);

        await AssertRefusedAsync(response, "UNKNOWN_KEY");
        await AssertNoOrderAsync(outTradeNo);
    }

    [Fact]
    public async Task A_body_other_than_the_signed_one_is_refused_as_a_bad_signature()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("tampered");
        var before = await fixture.CountStoredGrainStatesAsync();
        using var request = ManualSignature.Build(
            fixture.Main, HttpMethod.Post, "/v1/orders", CreateBody(outTradeNo, amount: 100), sendBody: CreateBody(outTradeNo, amount: 1));

        using var response = await fixture.RawClient().SendAsync(request);

        await AssertRefusedAsync(response, "BAD_SIGNATURE");
        await AssertNoOrderAsync(outTradeNo);
        Assert.Equal(before, await fixture.CountStoredGrainStatesAsync());
    }

    [Fact]
    public async Task A_signature_made_with_another_secret_or_over_another_path_is_refused()
    {
        using var wrongSecret = ManualSignature.Build(fixture.Main, HttpMethod.Get, "/v1/orders/any_0001", secret: fixture.Other.Secret);
        using var wrongPath = ManualSignature.Build(fixture.Main, HttpMethod.Get, "/v1/orders/any_0001");
        wrongPath.RequestUri = new Uri("/v1/orders/any_0002", UriKind.Relative);

        await AssertRefusedAsync(await fixture.RawClient().SendAsync(wrongSecret), "BAD_SIGNATURE");
        await AssertRefusedAsync(await fixture.RawClient().SendAsync(wrongPath), "BAD_SIGNATURE");
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(6 * 60)]
    public async Task A_timestamp_outside_five_minutes_is_refused_as_stale(int offsetSeconds)
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("stale");
        using var request = ManualSignature.Build(
            fixture.Main, HttpMethod.Post, "/v1/orders", CreateBody(outTradeNo), timestamp: DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds);

        using var response = await fixture.RawClient().SendAsync(request);

        await AssertRefusedAsync(response, "STALE_TIMESTAMP");
        await AssertNoOrderAsync(outTradeNo);
    }

    [Fact]
    public async Task A_replayed_request_is_refused_by_the_same_and_by_the_other_api_instance()
    {
        var first = RunningClusterFixture.NewOutTradeNo("replay");
        using var original = ManualSignature.Build(fixture.Main, HttpMethod.Post, "/v1/orders", CreateBody(first));
        using var sameInstance = await ManualSignature.CopyAsync(original);
        using var otherInstance = await ManualSignature.CopyAsync(original);

        using var accepted = await fixture.RawClient(api: 0).SendAsync(original);
        using var replayedHere = await fixture.RawClient(api: 0).SendAsync(sameInstance);
        using var replayedThere = await fixture.RawClient(api: 1).SendAsync(otherInstance);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await AssertRefusedAsync(replayedHere, "REPLAYED_NONCE");
        await AssertRefusedAsync(replayedThere, "REPLAYED_NONCE");
        var order = await fixture.SignedClient().GetJsonAsync($"/v1/orders/{first}");
        Assert.Equal(1, order.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_nonce_first_used_on_the_other_instance_is_refused_here()
    {
        var nonce = ManualSignature.NewNonce();
        using var there = ManualSignature.Build(fixture.Main, HttpMethod.Get, "/v1/orders/nonce_0001", nonce: nonce);
        using var here = ManualSignature.Build(fixture.Main, HttpMethod.Get, "/v1/orders/nonce_0002", nonce: nonce);

        using var first = await fixture.RawClient(api: 1).SendAsync(there);
        using var second = await fixture.RawClient(api: 0).SendAsync(here);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        await AssertRefusedAsync(second, "REPLAYED_NONCE");
    }

    [Fact]
    public async Task A_merchant_cannot_see_another_merchants_order()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("mine");
        using (var created = await fixture.SignedClient().CreateAsync(OrderRequests.Valid(outTradeNo)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var foreign = await fixture.SignedClient(fixture.Other).GetAsync($"/v1/orders/{outTradeNo}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("application/problem+json", foreign.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_documented_curl_and_openssl_script_signs_requests_the_api_accepts()
    {
        var outTradeNo = RunningClusterFixture.NewOutTradeNo("curl");
        var script = Path.Combine(RepositoryPaths.RepositoryRoot, "client", "FacePay.MerchantApi", "scripts", "signed-request.sh");
        var url = new Uri(fixture.Cluster.ApiAddress(0), "/v1/orders").ToString();

        var created = await RunScriptAsync(script, null, "POST", url, CreateBody(outTradeNo));
        var read = await RunScriptAsync(script, null, "GET", new Uri(fixture.Cluster.ApiAddress(1), $"/v1/orders/{outTradeNo}").ToString());

        // An upload: a multipart body built beforehand, its bytes hashed and sent as they are.
        var memberId = "mem_" + Guid.NewGuid().ToString("N")[..10];
        var upload = Path.Combine(Path.GetTempPath(), $"facepay-upload-{Guid.NewGuid():N}.bin");
        var boundary = "facepay-e2e-boundary";
        using (var form = new MultipartFormDataContent(boundary) { { new ByteArrayContent(FacePhotos.Read("obama_1.jpg")), "photos", "obama_1.jpg" } })
        {
            await File.WriteAllBytesAsync(upload, await form.ReadAsByteArrayAsync());
        }

        string enrolled;
        try
        {
            enrolled = await RunScriptAsync(
                script, $"multipart/form-data; boundary={boundary}", "POST", new Uri(fixture.Cluster.ApiAddress(0), $"/v1/members/{memberId}/enrollment").ToString(), "@" + upload);
        }
        finally
        {
            File.Delete(upload);
        }

        Assert.Equal(outTradeNo, JsonDocument.Parse(created).RootElement.GetProperty("outTradeNo").GetString());
        Assert.Equal("Created", JsonDocument.Parse(read).RootElement.GetProperty("state").GetString());
        Assert.Equal("Enrolled", JsonDocument.Parse(enrolled).RootElement.GetProperty("status").GetString());
    }

    private async Task<string> RunScriptAsync(string script, string? contentType, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["FACEPAY_KEY_ID"] = fixture.Main.KeyId;
        info.Environment["FACEPAY_SECRET"] = fixture.Main.Secret;
        if (contentType is not null)
        {
            info.Environment["FACEPAY_CONTENT_TYPE"] = contentType;
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await stderr);
        return await stdout;
    }

    private static string CreateBody(string outTradeNo, long amount = 1234) => JsonSerializer.Serialize(OrderRequests.Valid(outTradeNo, amount));

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(ProblemBase + code, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private async Task AssertNoOrderAsync(string outTradeNo)
    {
        using var read = await fixture.SignedClient().GetAsync($"/v1/orders/{outTradeNo}");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }
}
