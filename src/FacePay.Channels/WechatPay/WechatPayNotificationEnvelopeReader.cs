using System.Text.Json;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Reads <see cref="WechatPayNotificationEnvelope"/> straight off the body with <see cref="Utf8JsonReader"/>: the
/// same result as <see cref="JsonSerializer"/> with the envelope's property names (case-sensitive, unknown members
/// skipped, the last of duplicate members wins, depth at most 16), at a fraction of its cost on the notification path.
/// </summary>
internal static class WechatPayNotificationEnvelopeReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads the envelope; false with the reason when the body is not JSON of that shape.</summary>
    /// <param name="body">The raw body.</param>
    /// <param name="envelope">The envelope.</param>
    /// <param name="ciphertextBuffer">
    /// Receives the resource's ciphertext text, unescaped, as UTF-8 (the envelope carries no ciphertext string); at
    /// least <paramref name="body"/>'s length, which no JSON string value in it can exceed once unescaped.
    /// </param>
    /// <param name="ciphertextLength">How many bytes of <paramref name="ciphertextBuffer"/> hold the ciphertext (0 when
    /// it is missing, null or empty).</param>
    /// <param name="error">Why the body was refused.</param>
    public static bool TryRead(ReadOnlySpan<byte> body, Span<byte> ciphertextBuffer, out WechatPayNotificationEnvelope? envelope, out int ciphertextLength, out string error)
    {
        envelope = null;
        ciphertextLength = 0;
        error = string.Empty;
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            if (!reader.Read())
            {
                error = "The body is empty.";
                return false;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                return EndOfInput(ref reader, out error);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                error = "The body is not a JSON object.";
                return false;
            }

            string? id = null, createTime = null, eventType = null, resourceType = null, summary = null;
            WechatPayEncryptedResource? resource = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    id = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("create_time"u8))
                {
                    createTime = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("event_type"u8))
                {
                    eventType = WechatPayRepeatedValues.EventTypes.Read(ref reader);
                }
                else if (reader.ValueTextEquals("resource_type"u8))
                {
                    resourceType = WechatPayRepeatedValues.ResourceTypes.Read(ref reader);
                }
                else if (reader.ValueTextEquals("summary"u8))
                {
                    summary = WechatPayRepeatedValues.Summaries.Read(ref reader);
                }
                else if (reader.ValueTextEquals("resource"u8))
                {
                    resource = ReadResource(ref reader, ciphertextBuffer, out ciphertextLength);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            envelope = new WechatPayNotificationEnvelope(id, createTime, eventType, resourceType, summary, resource);
            return EndOfInput(ref reader, out error);
        }
        catch (JsonException ex)
        {
            envelope = null;
            ciphertextLength = 0;
            error = ex.Message;
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong JSON type (a number where a string belongs, for instance).
            envelope = null;
            ciphertextLength = 0;
            error = ex.Message;
            return false;
        }
    }

    private static WechatPayEncryptedResource? ReadResource(ref Utf8JsonReader reader, Span<byte> ciphertextBuffer, out int ciphertextLength)
    {
        ciphertextLength = 0;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidOperationException("'resource' is not a JSON object.");
        }

        string? algorithm = null, associatedData = null, nonce = null, originalType = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("algorithm"u8))
            {
                algorithm = WechatPayRepeatedValues.Algorithms.Read(ref reader);
            }
            else if (reader.ValueTextEquals("ciphertext"u8))
            {
                // CopyString unescapes and refuses exactly what GetString refuses (a non-string, invalid UTF-8 or
                // UTF-16 escapes), without a string of several hundred characters that is only decoded again.
                reader.Read();
                ciphertextLength = reader.TokenType == JsonTokenType.Null ? 0 : reader.CopyString(ciphertextBuffer);
            }
            else if (reader.ValueTextEquals("associated_data"u8))
            {
                associatedData = WechatPayRepeatedValues.ResourceNames.Read(ref reader);
            }
            else if (reader.ValueTextEquals("nonce"u8))
            {
                nonce = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("original_type"u8))
            {
                originalType = WechatPayRepeatedValues.ResourceNames.Read(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new WechatPayEncryptedResource(algorithm, null, associatedData, nonce, originalType);
    }

    // GetString throws InvalidOperationException for anything but a string or null.
    private static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetString();
    }

    private static bool EndOfInput(ref Utf8JsonReader reader, out string error)
    {
        // Anything but whitespace after the value makes the reader throw, as JsonSerializer does.
        if (reader.Read())
        {
            error = "The body holds more than one JSON value.";
            return false;
        }

        error = string.Empty;
        return true;
    }
}
