using System.CommandLine;
using FacePay.Domain;

namespace FacePay.Cli.Input;

/// <summary><c>--merchant</c>: the merchant whose orders and members a command reads or changes.</summary>
internal static class MerchantOption
{
    /// <summary>Creates the (required) option.</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--merchant", "-m")
        {
            Description = $"The merchant id (1-{OrderKey.MaxMerchantIdLength} characters of A-Z a-z 0-9 _ -), e.g. m1.",
            HelpName = "id",
            Required = true,
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!OrderKey.IsValidMerchantId(value))
            {
                result.AddError($"--merchant '{value}' is not a merchant id: 1-{OrderKey.MaxMerchantIdLength} characters of A-Z a-z 0-9 _ -.");
            }
        });
        return option;
    }
}
