using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace FacePay.Cli.Output;

/// <summary>
/// Prints what a command found: with <c>--json</c> one JSON document on standard output (for scripts), otherwise a
/// two-column table of the same fields for people (nested fields as <c>a.b</c>, list items as <c>a[0]</c>).
/// </summary>
internal static class ReportPrinter
{
    /// <summary>Prints <paramref name="report"/>; <paramref name="humanView"/> replaces it in the table when given (e.g. without 68 landmarks).</summary>
    public static async Task PrintAsync(CliContext context, ParseResult parseResult, JsonObject report, JsonObject? humanView = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(report);
        if (parseResult.GetValue(context.Json))
        {
            await context.Output.Out.WriteLineAsync(report.ToJsonString(CliJson.Options));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("field").AddColumn("value");
        foreach (var (key, value) in Flatten(humanView ?? report, prefix: string.Empty))
        {
            table.AddRow(new Text(key), new Text(value));
        }

        context.Output.Console.Write(table);
    }

    private static IEnumerable<(string Key, string Value)> Flatten(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var row in Flatten(child, prefix.Length == 0 ? name : $"{prefix}.{name}"))
                    {
                        yield return row;
                    }
                }

                break;
            case JsonArray { Count: 0 }:
                yield return (prefix, "-");
                break;
            case JsonArray array when array.All(item => item is JsonValue or null):
                yield return (prefix, string.Join(", ", array.Select(Scalar)));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var row in Flatten(array[i], $"{prefix}[{i}]"))
                    {
                        yield return row;
                    }
                }

                break;
            default:
                yield return (prefix, Scalar(node));
                break;
        }
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "-",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.TryGetValue<double>(out var number) => number.ToString("0.######", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
