using System.Net;

namespace FacePay.Benchmarks.Channels;

/// <summary>
/// An in-memory Alipay gateway for the client figure: reads the signed form the client sends and answers one
/// pre-signed <c>alipay.trade.pay</c> success, so the client's whole call (build, sign, encode, send, verify the
/// response signature, read it) runs without a socket.
/// </summary>
public sealed class CannedAlipayGateway(byte[] responseBody) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            _ = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(responseBody) };
    }
}
