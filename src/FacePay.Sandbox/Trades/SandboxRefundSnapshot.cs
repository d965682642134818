namespace FacePay.Sandbox.Trades;

/// <summary>A refund as the sandbox holds it.</summary>
/// <param name="OutRefundNo">Alipay <c>out_request_no</c> or WeChat <c>out_refund_no</c>.</param>
/// <param name="RefundId">The channel's refund id.</param>
/// <param name="AmountFen">The refund amount in fen.</param>
/// <param name="Reason">The reason given, if any.</param>
/// <param name="CreatedAt">When it was requested.</param>
/// <param name="SucceededAt">When it succeeded; null while processing.</param>
/// <param name="NotifyUrl">WeChat refund notify URL, if any.</param>
/// <param name="Status">Processing or succeeded.</param>
public sealed record SandboxRefundSnapshot(
    string OutRefundNo,
    string RefundId,
    long AmountFen,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SucceededAt,
    string? NotifyUrl,
    SandboxRefundStatus Status = SandboxRefundStatus.Success);
