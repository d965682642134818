namespace FacePay.Cli.Commands.Channel;

/// <summary>
/// Records the raw bytes of every channel answer into an <see cref="ExchangeLog"/>, so the command can print the
/// response node the client verified (the clients return a classified result, not the wire text). It sits in the
/// typed client's handler chain and hands the client the very same bytes.
/// </summary>
internal sealed class ExchangeRecorder(ExchangeLog log) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers)
        {
            headers[name] = values.FirstOrDefault() ?? string.Empty;
        }

        var replacement = new ByteArrayContent(body);
        foreach (var (name, values) in response.Content.Headers)
        {
            replacement.Headers.TryAddWithoutValidation(name, values);
        }

        response.Content.Dispose();
        response.Content = replacement;
        log.Record(new RecordedExchange((int)response.StatusCode, headers, body));
        return response;
    }
}
