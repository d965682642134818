using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FacePay.Cli.Input;

/// <summary>A required positive amount in minor units: a whole number, never a decimal (1234, not 12.34).</summary>
internal static class MinorUnitsOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="name">The option name, e.g. <c>--amount</c>.</param>
    /// <param name="description">What the amount is.</param>
    /// <param name="unit">How the unit reads in help and errors, e.g. <c>fen (minor units)</c>.</param>
    /// <param name="example">An example, e.g. <c>1234 for ¥12.34</c>.</param>
    /// <param name="defaultValue">The amount when the option is left out; none makes it required.</param>
    public static Option<long> Create(string name, string description, string unit, string example, long? defaultValue = null)
    {
        var option = new Option<long>(name)
        {
            Description = $"{description}, in {unit}: a whole number, {example}.",
            HelpName = "minor-units",
            Required = defaultValue is null,
            CustomParser = result => Parse(result, unit, example),
        };
        if (defaultValue is { } value)
        {
            option.DefaultValueFactory = _ => value;
        }

        return option;
    }

    private static long Parse(ArgumentResult result, string unit, string example)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minorUnits) && minorUnits > 0)
        {
            return minorUnits;
        }

        var name = (result.Parent as OptionResult)?.Option.Name ?? "The amount";
        result.AddError($"{name} takes a positive whole number of {unit}, e.g. {example}; got '{text}'.");
        return 0;
    }
}
