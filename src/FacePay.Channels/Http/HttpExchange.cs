using System.Net.Http.Headers;
using FacePay.Channels.Abstractions;

namespace FacePay.Channels.Http;

/// <summary>What came back from one HTTP exchange with a channel: a response, or a transport failure already classified.</summary>
internal sealed record HttpExchange(
    int StatusCode,
    byte[] Body,
    HttpResponseHeaders? Headers,
    ChannelOutcome? TransportOutcome,
    string? TransportErrorCode,
    string? TransportErrorMessage)
{
    public bool IsTransportFailure => TransportOutcome is not null;

    public string? Header(string name) =>
        Headers is not null && Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
