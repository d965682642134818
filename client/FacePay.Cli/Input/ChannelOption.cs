using System.CommandLine;
using FacePay.Domain;
using FacePay.Reconciliation.Reports;

namespace FacePay.Cli.Input;

/// <summary><c>--channel alipay|wechatpay</c>, parsed into a <see cref="PaymentChannel"/>.</summary>
internal static class ChannelOption
{
    /// <summary>Creates the option; without <paramref name="defaultChannel"/> it is required.</summary>
    public static Option<PaymentChannel> Create(string description, PaymentChannel? defaultChannel = null)
    {
        var option = new Option<PaymentChannel>("--channel")
        {
            Description = $"{description}: alipay or wechatpay.",
            HelpName = "alipay|wechatpay",
            Required = defaultChannel is null,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (ReconciliationKey.TryParseChannel(text, out var channel))
                {
                    return channel;
                }

                result.AddError($"--channel '{text}' is not a channel: use alipay or wechatpay.");
                return default;
            },
        };
        if (defaultChannel is { } fallback)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        return option;
    }
}
