namespace FacePay.Cli.Commands.Channel;

/// <summary>One HTTP answer from a channel exactly as received: status, headers (case-insensitive) and body bytes.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Headers">The response headers, first value of each.</param>
/// <param name="Body">The raw body.</param>
internal sealed record RecordedExchange(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
