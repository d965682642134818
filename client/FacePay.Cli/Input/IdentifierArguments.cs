using System.CommandLine;
using FacePay.Contracts.Members;
using FacePay.Domain;

namespace FacePay.Cli.Input;

/// <summary>The order number and member id arguments, checked against the cluster's own key rules before anything is sent.</summary>
internal static class IdentifierArguments
{
    /// <summary>The merchant's order number.</summary>
    public static Argument<string> OutTradeNo()
    {
        var argument = new Argument<string>("OUT_TRADE_NO")
        {
            Description = $"The merchant's order number ({OrderKey.MinOutTradeNoLength}-{OrderKey.MaxOutTradeNoLength} characters of A-Z a-z 0-9 _).",
        };
        argument.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!OrderKey.IsValidOutTradeNo(value))
            {
                result.AddError($"'{value}' is not an order number: {OrderKey.MinOutTradeNoLength}-{OrderKey.MaxOutTradeNoLength} characters of A-Z a-z 0-9 _.");
            }
        });
        return argument;
    }

    /// <summary>The merchant's member id.</summary>
    public static Argument<string> MemberId()
    {
        var argument = new Argument<string>("MEMBER")
        {
            Description = $"The merchant's member id (1-{MemberKey.MaxMemberIdLength} characters of A-Z a-z 0-9 _ -).",
        };
        argument.Validators.Add(result => CheckMemberId(result, result.GetValueOrDefault<string>()));
        return argument;
    }

    /// <summary>Adds an error to <paramref name="result"/> when <paramref name="value"/> is not a member id.</summary>
    public static void CheckMemberId(System.CommandLine.Parsing.SymbolResult result, string? value)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!MemberKey.IsValidMemberId(value))
        {
            result.AddError($"'{value}' is not a member id: 1-{MemberKey.MaxMemberIdLength} characters of A-Z a-z 0-9 _ -.");
        }
    }
}
