namespace FacePay.Cli.Commands.Channel;

/// <summary>Reads HTTP headers saved one per line (<c>Name: value</c>), as a proxy log or <c>curl -v</c> prints them.</summary>
internal static class HeaderLines
{
    /// <summary>Parses the lines into a case-insensitive map (first value wins); blank lines and a request/status line are skipped.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="what">The option that named the file, for messages.</param>
    /// <exception cref="CliException">A line is not <c>Name: value</c>.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || IsStartLine(line))
            {
                continue;
            }

            // curl -v marks received headers with "< ".
            if (line.StartsWith("< ", StringComparison.Ordinal))
            {
                line = line[2..];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new CliException($"{what}: line {lineNumber} is not 'Name: value'.");
            }

            headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return headers;
    }

    private static bool IsStartLine(string line) =>
        line.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) || line.Contains(" HTTP/", StringComparison.OrdinalIgnoreCase);
}
