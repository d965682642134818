using System.Text.Json;
using System.Text.Json.Serialization;
using FacePay.Domain;

namespace FacePay.Cli.Output;

/// <summary>Writes <see cref="Money"/> as <c>{"minorUnits":1234,"currency":"CNY"}</c>: whole minor units and the ISO code, never a decimal.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <summary>The CLI only prints amounts; it never reads them back from JSON.</summary>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("facepay writes amounts; it does not read them from JSON.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("minorUnits", value.MinorUnits);
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
