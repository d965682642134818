using System.Text;
using System.Text.Json;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// Values that nearly every notification envelope repeats (event type, resource type, algorithm, original type,
/// summary): read as one shared string each instead of a new string per notification. Any other value is read with
/// <see cref="Utf8JsonReader.GetString"/>, so what is accepted and what comes out are unchanged.
/// </summary>
internal sealed class WechatPayRepeatedValues
{
    private readonly (byte[] Utf8, string Text)[] _values;

    private WechatPayRepeatedValues(params string[] values) =>
        _values = Array.ConvertAll(values, v => (Encoding.UTF8.GetBytes(v), v));

    /// <summary><c>event_type</c> values.</summary>
    public static WechatPayRepeatedValues EventTypes { get; } = new("TRANSACTION.SUCCESS", "REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED");

    /// <summary><c>resource_type</c> values.</summary>
    public static WechatPayRepeatedValues ResourceTypes { get; } = new("encrypt-resource");

    /// <summary><c>summary</c> values.</summary>
    public static WechatPayRepeatedValues Summaries { get; } = new("支付成功", "退款成功", "退款异常", "退款关闭");

    /// <summary><c>algorithm</c> values.</summary>
    public static WechatPayRepeatedValues Algorithms { get; } = new(WechatPayEncryptedResource.AesGcmAlgorithm);

    /// <summary><c>original_type</c> and <c>associated_data</c> values.</summary>
    public static WechatPayRepeatedValues ResourceNames { get; } = new("transaction", "refund");

    /// <summary>Moves to the property's value and reads it as <see cref="Utf8JsonReader.GetString"/> does.</summary>
    /// <param name="reader">A reader on a property name.</param>
    /// <returns>The value; the shared string when it is one of these values.</returns>
    /// <exception cref="InvalidOperationException">The value is not a JSON string or null, or not valid text.</exception>
    public string? Read(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (utf8, text) in _values)
            {
                // Compares the unescaped value, so an escaped spelling of the same text matches too.
                if (reader.ValueTextEquals(utf8))
                {
                    return text;
                }
            }
        }

        return reader.GetString();
    }
}
