using System.Text.Json;

namespace FacePay.Channels.Crypto;

/// <summary>
/// Locates the exact bytes of each top-level property value of a JSON object without re-serializing anything:
/// signatures are computed over the raw text as sent, so whitespace, escapes (<c>\/</c>, <c>\u4e2d</c>) and key
/// order must be preserved byte for byte.
/// </summary>
public static class JsonPropertySpans
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Finds the raw value spans of the top-level properties of a JSON object.</summary>
    /// <param name="json">The UTF-8 JSON text (a leading byte order mark is allowed).</param>
    /// <param name="spans">Property name → range of its raw value within <paramref name="json"/>.</param>
    /// <param name="error">Why the text was rejected, when it was.</param>
    /// <returns>True when the text is one well-formed JSON object with no duplicate top-level names.</returns>
    public static bool TryFind(ReadOnlySpan<byte> json, out Dictionary<string, Range> spans, out string error)
    {
        spans = new Dictionary<string, Range>(StringComparer.Ordinal);
        var offset = json.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        try
        {
            var reader = new Utf8JsonReader(json[offset..], new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The body is not a JSON object.";
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    // Anything after the closing brace (other than whitespace) makes the reader throw below.
                    if (reader.Read())
                    {
                        error = "Trailing content after the JSON object.";
                        return false;
                    }

                    error = string.Empty;
                    return true;
                }

                var name = reader.GetString()!;
                reader.Read();
                var start = offset + (int)reader.TokenStartIndex;
                reader.Skip();
                var end = offset + (int)reader.BytesConsumed;
                if (!spans.TryAdd(name, start..end))
                {
                    error = $"Duplicate top-level property '{name}'.";
                    return false;
                }
            }

            error = "The JSON object is not closed.";
            return false;
        }
        catch (JsonException ex)
        {
            error = $"Invalid JSON: {ex.Message}";
            return false;
        }
        catch (InvalidOperationException ex)
        {
            error = $"Invalid JSON: {ex.Message}";
            return false;
        }
    }
}
