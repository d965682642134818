using System.Text;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;
using FacePay.Contracts.Notifications;
using FacePay.Contracts.Orders;
using FacePay.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using DomainRefundResult = FacePay.Domain.ChannelRefundResult;

namespace FacePay.Grains.Notifications;

/// <summary>
/// Verifies channel notifications and routes them to their orders. Stateless: the order grain decides whether a
/// notification changes anything, and only then is the channel told to stop resending.
/// </summary>
/// <param name="services">Resolves the notification readers of the channels this silo is configured for.</param>
/// <param name="logger">Logs refusals by reason, never the body or keys.</param>
[StatelessWorker]
public sealed partial class ChannelNotificationReceiver(IServiceProvider services, ILogger<ChannelNotificationReceiver> logger)
    : Grain, IChannelNotificationReceiver
{
    private static readonly ChannelNotificationReply AlipaySuccess = new(200, "text/plain", AlipayNotificationReader.Acknowledgement, true);
    private static readonly ChannelNotificationReply WechatSuccess = new(204, null, null, true);

    /// <inheritdoc />
    public async Task<ChannelNotificationReply> ReceiveAlipayAsync(string merchantId, string formBody)
    {
        if (services.GetService<AlipayNotificationReader>() is not { } reader)
        {
            return AlipayFailure("alipay channel is not configured");
        }

        var read = reader.Read(formBody ?? string.Empty);
        if (!read.IsValid)
        {
            LogRefused("alipay", merchantId, read.Failure.ToString());
            return AlipayFailure(read.Failure.ToString());
        }

        var notification = read.Value;
        if (!OrderKey.TryParseChannelOutTradeNo(merchantId, notification.OutTradeNo, out var key, out _))
        {
            LogRefused("alipay", merchantId, "unknown out_trade_no");
            return AlipayFailure("unknown order");
        }

        var order = GrainFactory.GetGrain<IOrderGrain>(key.ToString());
        // A refund notification's refund_fee is the trade's refunded total, not this refund's amount; total_amount is the trade's.
        var disposition = notification.OutBizNo is { Length: > 0 } outBizNo && notification.RefundFeeFen is not null
            ? await ApplyRefundAsync(order, notification.OutTradeNo, outBizNo, RefundOutcome.Succeeded, amount: null, notification.TradeNo, refundedTotal: Cny(notification.RefundFeeFen), tradeAmount: Cny(notification.TotalAmountFen))
            : await ApplyPaymentAsync(order, notification.OutTradeNo, AlipayTradeStatuses.ToChannelStatus(notification.TradeStatus), Cny(notification.TotalAmountFen), notification.TradeNo);
        return disposition.Acknowledge ? AlipaySuccess : AlipayFailure(disposition.Reason);
    }

    /// <inheritdoc />
    public async Task<ChannelNotificationReply> ReceiveWechatPayAsync(string merchantId, Dictionary<string, string> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (services.GetService<WechatPayNotificationReader>() is not { } reader)
        {
            return WechatFailure(500, "wechatpay channel is not configured");
        }

        var lookup = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        var read = reader.Read(WechatPaySignatureHeaders.From(name => lookup.GetValueOrDefault(name)), body ?? []);
        if (!read.IsValid)
        {
            LogRefused("wechatpay", merchantId, read.Failure.ToString());
            return WechatFailure(401, read.Failure.ToString());
        }

        var notification = read.Value;
        NotificationDisposition disposition;
        if (notification.EventType.StartsWith("REFUND.", StringComparison.Ordinal))
        {
            var refund = WechatPayRefundResource.Parse(notification.Plaintext);
            if (!refund.IsValid || !OrderKey.TryParseChannelOutTradeNo(merchantId, refund.Value.OutTradeNo, out var key, out _))
            {
                LogRefused("wechatpay", merchantId, "unroutable refund");
                return WechatFailure(400, "unknown order");
            }

            var outcome = refund.Value.Status == ChannelRefundStatus.Success ? RefundOutcome.Succeeded : RefundOutcome.Failed;
            disposition = refund.Value.Status is ChannelRefundStatus.Processing
                ? NotificationDisposition.Acknowledged
                : await ApplyRefundAsync(
                    GrainFactory.GetGrain<IOrderGrain>(key.ToString()), refund.Value.OutTradeNo, refund.Value.OutRefundNo, outcome, Cny(refund.Value.Refund), refund.Value.RefundId);
        }
        else
        {
            var trade = WechatPayTransactionResource.Parse(notification.Plaintext);
            if (!trade.IsValid || !OrderKey.TryParseChannelOutTradeNo(merchantId, trade.Value.OutTradeNo, out var key, out _))
            {
                LogRefused("wechatpay", merchantId, "unroutable transaction");
                return WechatFailure(400, "unknown order");
            }

            var amount = trade.Value.Total is { } total && Currency.TryFromCode(trade.Value.Currency ?? "CNY", out var currency)
                ? new Money(total, currency)
                : (Money?)null;
            disposition = await ApplyPaymentAsync(
                GrainFactory.GetGrain<IOrderGrain>(key.ToString()), trade.Value.OutTradeNo, trade.Value.Status, amount, trade.Value.TransactionId);
        }

        return disposition.Acknowledge ? WechatSuccess : WechatFailure(500, disposition.Reason);
    }

    private static Task<NotificationDisposition> ApplyPaymentAsync(
        IOrderGrain order, string channelOutTradeNo, ChannelTradeStatus status, Money? amount, string? channelTradeNo)
    {
        var outcome = status switch
        {
            ChannelTradeStatus.Paid or ChannelTradeStatus.Finished => ChannelPaymentOutcome.Success,
            ChannelTradeStatus.Closed or ChannelTradeStatus.Revoked or ChannelTradeStatus.Failed => ChannelPaymentOutcome.DefiniteFailure,
            _ => (ChannelPaymentOutcome?)null,
        };

        // A "still waiting" notification carries no outcome: acknowledge it and let the charge settle on its own.
        return outcome is null
            ? Task.FromResult(NotificationDisposition.Acknowledged)
            : order.ApplyPaymentNotificationAsync(new ChannelPaymentResult(
                channelOutTradeNo, outcome.Value, ChangeSource.ChannelNotification, amount, channelTradeNo, status.ToString()));
    }

    // Channel refund numbers are "{channelOutTradeNo}_R{outRefundNo}" (see Order.RequestRefund).
    private static Task<NotificationDisposition> ApplyRefundAsync(
        IOrderGrain order, string channelOutTradeNo, string channelOutRefundNo, RefundOutcome outcome, Money? amount, string? channelRefundId, Money? refundedTotal = null, Money? tradeAmount = null)
    {
        var prefix = channelOutTradeNo + "_R";
        if (!channelOutRefundNo.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Task.FromResult(new NotificationDisposition(false, "unknown refund"));
        }

        return order.ApplyRefundNotificationAsync(new DomainRefundResult(
            channelOutRefundNo[prefix.Length..], outcome, ChangeSource.ChannelNotification, amount, channelRefundId, RefundedTotal: refundedTotal, TradeAmount: tradeAmount));
    }

    private static Money? Cny(long? fen) => fen is { } value ? new Money(value, Currency.Cny) : null;

    // Alipay treats any body but "success" as a failure and resends; the reason goes to our log only.
    private ChannelNotificationReply AlipayFailure(string? reason)
    {
        LogNotAcknowledged("alipay", reason ?? "failed");
        return new(200, "text/plain", "fail", false);
    }

    private static ChannelNotificationReply WechatFailure(int status, string? reason) =>
        new(status, "application/json", $$"""{"code":"FAIL","message":"{{Escape(reason)}}"}""", false);

    private static string Escape(string? text) =>
        new StringBuilder(text ?? "failed").Replace("\\", "\\\\").Replace("\"", "'").ToString();

    [LoggerMessage(Level = LogLevel.Information, Message = "Not acknowledging a {Channel} notification: {Reason}.")]
    private partial void LogNotAcknowledged(string channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {Channel} notification for merchant {MerchantId}: {Reason}.")]
    private partial void LogRefused(string channel, string merchantId, string reason);
}
