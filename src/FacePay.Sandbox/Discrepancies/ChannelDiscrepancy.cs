namespace FacePay.Sandbox.Discrepancies;

/// <summary>Body of <c>POST /sandbox/discrepancies</c>: one silent change of the channel's records (see <see cref="ChannelDiscrepancyKind"/>).</summary>
public sealed record ChannelDiscrepancy
{
    /// <summary>What to change.</summary>
    public ChannelDiscrepancyKind Kind { get; init; }

    /// <summary>Which channel's records.</summary>
    public SandboxChannel Channel { get; init; }

    /// <summary>The trade (<c>out_trade_no</c>).</summary>
    public string OutTradeNo { get; init; } = string.Empty;

    /// <summary>The amount in fen (a created trade, a changed amount, a silent refund).</summary>
    public long? AmountFen { get; init; }

    /// <summary>The refund number (silent refund: optional; forget refund: required).</summary>
    public string? OutRefundNo { get; init; }

    /// <summary>What is wrong with the request; empty when it is well formed.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Kind))
        {
            problems.Add("kind is not a known discrepancy kind.");
        }

        if (!Enum.IsDefined(Channel))
        {
            problems.Add("channel must be Alipay or WechatPay.");
        }

        if (string.IsNullOrWhiteSpace(OutTradeNo) || OutTradeNo.Length > 64)
        {
            problems.Add("outTradeNo is required (at most 64 characters).");
        }

        if (AmountFen is <= 0)
        {
            problems.Add("amountFen must be positive when given.");
        }

        if (Kind is ChannelDiscrepancyKind.ChangeAmount or ChannelDiscrepancyKind.SilentRefund && AmountFen is null)
        {
            problems.Add("amountFen is required for this kind.");
        }

        if (Kind == ChannelDiscrepancyKind.ForgetRefund && string.IsNullOrEmpty(OutRefundNo))
        {
            problems.Add("outRefundNo is required for this kind.");
        }

        return problems;
    }
}
