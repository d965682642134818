using System.Text;
using System.Text.Json;

namespace FacePay.Channels.Http;

/// <summary>
/// Forward-only counterparts of <see cref="JsonFields"/> for <see cref="Utf8JsonReader"/> on hot paths: the same
/// tolerance (a number where a string is expected reads as its text, any other type as missing).
/// </summary>
internal static class JsonMembers
{
    /// <summary>
    /// Walks the members of the current member's value: call it in a loop right after reading the member's name;
    /// each call leaves the reader on the next member name inside it, and false at its end. A value that is not an
    /// object is skipped and has no members.
    /// </summary>
    public static bool NextInObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            // First call: step into the value.
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return false;
            }
        }

        return reader.Read() && reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Reads the current member's value as text: strings as themselves, numbers as written, else null.</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>Reads the current member's value as a 64-bit integer, else null.</summary>
    public static long? Int64(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
        {
            return value;
        }

        reader.Skip();
        return null;
    }

    /// <summary>Skips the current member's value.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
