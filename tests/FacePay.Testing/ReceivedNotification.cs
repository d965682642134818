namespace FacePay.Testing;

/// <summary>One request received by a <see cref="NotifyListener"/>.</summary>
/// <param name="Headers">The request headers (case-insensitive names).</param>
/// <param name="Body">The raw body.</param>
public sealed record ReceivedNotification(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    /// <summary>A header's value, or null.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value.</returns>
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
