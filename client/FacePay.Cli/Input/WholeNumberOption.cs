using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FacePay.Cli.Input;

/// <summary>Options that take a whole number within bounds (counts, seconds); anything else is a usage error naming the bounds.</summary>
internal static class WholeNumberOption
{
    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; required unless it has a default.</summary>
    public static Option<int> Create(string name, string description, string helpName, int min, int max, int? defaultValue = null)
    {
        var option = new Option<int>(name)
        {
            Description = Describe(description, min, max),
            HelpName = helpName,
            Required = defaultValue is null,
            CustomParser = result => Parse(result, min, max),
        };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    private static string Describe(string description, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{description} ({min}-{max}).");

    private static int Parse(ArgumentResult result, int min, int max)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "The value";
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number from {min} to {max}; got '{text}'."));
        return min;
    }
}
