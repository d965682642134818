using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FacePay.Cli.Commands.Channel;

/// <summary>The trade and refund options both channels' commands share (each call makes a fresh option for one command).</summary>
internal static class TradeOptions
{
    /// <summary>The currency of every amount on the command line: both channels' clients charge and refund CNY only.</summary>
    public const string Currency = "CNY";

    /// <summary><c>--out-trade-no</c>: our trade number.</summary>
    public static Option<string> OutTradeNo() => new("--out-trade-no")
    {
        Description = "Our trade number (out_trade_no): the trade's idempotency key at the channel.",
        HelpName = "no",
        Required = true,
    };

    /// <summary><c>--out-refund-no</c>: our refund number.</summary>
    public static Option<string> OutRefundNo() => new("--out-refund-no")
    {
        Description = "Our refund number (Alipay out_request_no, WeChat out_refund_no): the refund's idempotency key.",
        HelpName = "no",
        Required = true,
    };

    /// <summary>A required positive amount in minor units.</summary>
    /// <param name="name">The option name, e.g. <c>--amount</c>.</param>
    /// <param name="description">What the amount is.</param>
    public static Option<long> MinorUnits(string name, string description) => new(name)
    {
        Description = $"{description}, in fen (minor units, a whole number: 1234 is ¥12.34).",
        HelpName = "fen",
        Required = true,
        CustomParser = ParseMinorUnits,
    };

    /// <summary><c>--reason</c>: the refund reason shown to the payer.</summary>
    public static Option<string?> RefundReason() => new("--reason") { Description = "Refund reason shown to the payer." };

    /// <summary><c>--date</c>: a bill date.</summary>
    public static Option<DateOnly> BillDate() => new("--date")
    {
        Description = "The bill's day (yyyy-MM-dd, Beijing time).",
        HelpName = "yyyy-MM-dd",
        Required = true,
        CustomParser = ParseDate,
    };

    /// <summary><c>--output</c>: where to save a downloaded file.</summary>
    public static Option<FileInfo?> Output(string description) => new("--output", "-o") { Description = description, HelpName = "file" };

    private static long ParseMinorUnits(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fen) && fen > 0)
        {
            return fen;
        }

        result.AddError($"{OptionName(result)} takes a positive whole number of fen (minor units), e.g. 1234 for ¥12.34; got '{text}'.");
        return 0;
    }

    private static DateOnly ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{OptionName(result)} takes a date as yyyy-MM-dd; got '{text}'.");
        return default;
    }

    private static string OptionName(ArgumentResult result) => (result.Parent as OptionResult)?.Option.Name ?? "The value";
}
