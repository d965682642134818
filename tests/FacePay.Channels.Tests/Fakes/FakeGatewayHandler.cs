using System.Net;

namespace FacePay.Channels.Tests.Fakes;

/// <summary>An <see cref="HttpMessageHandler"/> that answers like a gateway through a delegate and records requests.</summary>
internal sealed class FakeGatewayHandler(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.TryGetValues("Authorization", out var auth) ? auth.First() : null,
            request.Headers.Accept.ToString(),
            request.Headers.UserAgent.ToString(),
            body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        return await respond(recorded, cancellationToken);
    }

    public static FakeGatewayHandler Throwing(Exception exception) => new((_, _) => Task.FromException<HttpResponseMessage>(exception));

    public static FakeGatewayHandler Hanging() => new(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        return new HttpResponseMessage(HttpStatusCode.OK);
    });
}

internal sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string Accept, string UserAgent, string Body);
