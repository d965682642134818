using FacePay.Channels.Abstractions;
using FacePay.Domain;
using ChannelRefundResult = FacePay.Channels.Abstractions.ChannelRefundResult;
using DomainRefundResult = FacePay.Domain.ChannelRefundResult;

namespace FacePay.Grains.Channels;

/// <summary>Translates the channel clients' results into the domain's vocabulary.</summary>
public static class ChannelResultMapping
{
    /// <summary>The channel client kind for a domain channel.</summary>
    public static ChannelKind ToKind(PaymentChannel channel) => channel switch
    {
        PaymentChannel.Alipay => ChannelKind.Alipay,
        PaymentChannel.WechatPay => ChannelKind.WechatPay,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown payment channel."),
    };

    /// <summary>Maps a pay, query or cancel answer.</summary>
    public static GatewayTradeResult ToGatewayResult(ChannelTradeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Status switch
        {
            ChannelTradeStatus.NotFound => GatewayTradeStatus.NotFound,
            ChannelTradeStatus.WaitingForPayment => GatewayTradeStatus.Waiting,
            ChannelTradeStatus.Paid or ChannelTradeStatus.Finished or ChannelTradeStatus.Refunded => GatewayTradeStatus.Paid,
            ChannelTradeStatus.Closed or ChannelTradeStatus.Revoked or ChannelTradeStatus.Failed => GatewayTradeStatus.Closed,
            _ => GatewayTradeStatus.Unknown,
        };
        Money? amount = result.Amount is { } minor && Currency.TryFromCode(result.Currency ?? "CNY", out var currency)
            ? new Money(minor, currency)
            : null;
        return new GatewayTradeResult(ToOutcome(result.Outcome), status, result.OutTradeNo, amount, result.ChannelTradeNo, result.ErrorCode, result.ErrorMessage);
    }

    /// <summary>Maps a refund answer; null while the refund is processing or its outcome is unknown.</summary>
    public static DomainRefundResult? ToRefundResult(ChannelRefundResult result, Refund refund, ChangeSource source)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(refund);
        Money? amount = result.RefundAmount is { } minor ? new Money(minor, refund.Amount.Currency) : null;
        return result.Status switch
        {
            ChannelRefundStatus.Success =>
                new DomainRefundResult(refund.OutRefundNo, RefundOutcome.Succeeded, source, amount ?? refund.Amount, result.ChannelRefundNo),
            ChannelRefundStatus.Closed or ChannelRefundStatus.Abnormal =>
                new DomainRefundResult(refund.OutRefundNo, RefundOutcome.Failed, source, amount, result.ChannelRefundNo, result.ErrorCode ?? result.Status.ToString()),
            _ when result.Outcome == ChannelOutcome.DefiniteFailure =>
                new DomainRefundResult(refund.OutRefundNo, RefundOutcome.Failed, source, amount, result.ChannelRefundNo, result.ErrorCode),
            _ => null,
        };
    }

    private static ChannelPaymentOutcome ToOutcome(ChannelOutcome outcome) => outcome switch
    {
        ChannelOutcome.Success => ChannelPaymentOutcome.Success,
        ChannelOutcome.DefiniteFailure => ChannelPaymentOutcome.DefiniteFailure,
        ChannelOutcome.Retryable => ChannelPaymentOutcome.Retryable,
        _ => ChannelPaymentOutcome.Unknown,
    };
}
