using System.CommandLine;
using FacePay.Domain;

namespace FacePay.Cli.Input;

/// <summary><c>--currency</c>: the ISO 4217 code of the command's amounts (default CNY).</summary>
internal static class CurrencyOption
{
    /// <summary>Creates the option.</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--currency")
        {
            Description = "ISO 4217 code of the amount (both channels charge CNY).",
            HelpName = "code",
            DefaultValueFactory = _ => Currency.Cny.Code,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Currency.TryFromCode(value, out _))
            {
                result.AddError($"--currency '{value}' is not a known ISO 4217 code, e.g. CNY.");
            }
        });
        return option;
    }
}
