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
    /// <param name="ciphertextUtf8">
    /// Where the resource's ciphertext sits in <paramref name="body"/> when it is a plain (unescaped) JSON string: the
    /// envelope then carries no ciphertext string and the caller decodes those bytes. Empty otherwise.
    /// </param>
    /// <param name="error">Why the body was refused.</param>
    public static bool TryRead(ReadOnlySpan<byte> body, out WechatPayNotificationEnvelope? envelope, out (int Start, int Length) ciphertextUtf8, out string error)
    {
        envelope = null;
        ciphertextUtf8 = default;
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
                    eventType = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("resource_type"u8))
                {
                    resourceType = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("summary"u8))
                {
                    summary = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("resource"u8))
                {
                    resource = ReadResource(ref reader, out ciphertextUtf8);
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
            ciphertextUtf8 = default;
            error = ex.Message;
            return false;
        }
        catch (InvalidOperationException ex)
        {
            // A value of the wrong JSON type (a number where a string belongs, for instance).
            envelope = null;
            ciphertextUtf8 = default;
            error = ex.Message;
            return false;
        }
    }

    private static WechatPayEncryptedResource? ReadResource(ref Utf8JsonReader reader, out (int Start, int Length) ciphertextUtf8)
    {
        ciphertextUtf8 = default;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidOperationException("'resource' is not a JSON object.");
        }

        string? algorithm = null, ciphertext = null, associatedData = null, nonce = null, originalType = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("algorithm"u8))
            {
                algorithm = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("ciphertext"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && reader.ValueSpan.Length > 0)
                {
                    // The opening quote is at TokenStartIndex; the text follows it unchanged.
                    (ciphertext, ciphertextUtf8) = (null, ((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length));
                }
                else
                {
                    (ciphertext, ciphertextUtf8) = (reader.GetString(), default);
                }
            }
            else if (reader.ValueTextEquals("associated_data"u8))
            {
                associatedData = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("nonce"u8))
            {
                nonce = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("original_type"u8))
            {
                originalType = ReadString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new WechatPayEncryptedResource(algorithm, ciphertext, associatedData, nonce, originalType);
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
