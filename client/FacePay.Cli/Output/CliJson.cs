using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace FacePay.Cli.Output;

/// <summary>How <c>facepay</c> writes JSON: camelCase, enums as names, indented, readable non-ASCII text.</summary>
internal static class CliJson
{
    /// <summary>The serializer settings of every document the CLI prints.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a result record into a JSON node (null properties left out).</summary>
    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>Parses JSON text received from elsewhere (a verified channel response, a decrypted resource).</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Channel messages are often Chinese; print them as text, not \uXXXX. The output is a terminal or a file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
