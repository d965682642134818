using System.Security.Cryptography;
using System.Text;
using FacePay.Channels.Alipay;
using FacePay.Sandbox.Alipay;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Notifications;

/// <summary>Builds Alipay asynchronous notifications: a form POST signed with the Alipay private key.</summary>
internal sealed class AlipayNotificationFactory(SandboxKeys keys, TimeProvider time)
{
    public OutgoingNotification? Create(TradeEvent tradeEvent)
    {
        var trade = tradeEvent.Trade;
        if (!Uri.TryCreate(trade.NotifyUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var notifyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var status = trade.ChannelStatus;
        return new OutgoingNotification(SandboxChannel.Alipay, notifyId, trade.OutTradeNo, status, uri, tampering =>
        {
            var total = AlipayAmount.Format(trade.AmountFen + tampering.AmountDeltaFen);
            var p = new List<KeyValuePair<string, string?>>
            {
                new("notify_time", BeijingTime.Alipay(time.GetUtcNow())),
                new("notify_type", "trade_status_sync"),
                new("notify_id", notifyId),
                new("charset", "utf-8"),
                new("version", "1.0"),
                new("sign_type", "RSA2"),
                new("app_id", keys.Credentials.AlipayAppId),
                new("auth_app_id", keys.Credentials.AlipayAppId),
                new("trade_no", trade.TradeNo),
                new("out_trade_no", trade.OutTradeNo),
                new("buyer_id", trade.BuyerId),
                new("buyer_logon_id", AlipayFields.MaskedLogonId(trade.BuyerId)),
                new("seller_id", keys.Credentials.AlipaySellerId),
                new("trade_status", status),
                new("total_amount", total),
                new("receipt_amount", total),
                new("invoice_amount", total),
                new("buyer_pay_amount", total),
                new("point_amount", "0.00"),
                new("subject", trade.Description),
                new("gmt_create", BeijingTime.Alipay(trade.CreatedAt)),
            };
            if (trade.PaidAt is { } paidAt)
            {
                p.Add(new("gmt_payment", BeijingTime.Alipay(paidAt)));
                p.Add(new("fund_bill_list", AlipayFields.FundBillList(total, notification: true)));
            }

            if (tradeEvent.Kind == TradeEventKind.RefundSucceeded && tradeEvent.Refund is { } refund)
            {
                p.Add(new("out_biz_no", refund.OutRefundNo));
                p.Add(new("refund_fee", AlipayAmount.Format(trade.RefundedFen)));
                p.Add(new("gmt_refund", BeijingTime.Alipay(refund.SucceededAt ?? refund.CreatedAt) + ".000"));
            }
            else if (tradeEvent.Kind == TradeEventKind.TradeClosed && trade.RefundedFen > 0)
            {
                p.Add(new("refund_fee", AlipayAmount.Format(trade.RefundedFen)));
                p.Add(new("gmt_refund", BeijingTime.Alipay(trade.ClosedAt ?? time.GetUtcNow()) + ".000"));
            }

            if (trade.ClosedAt is { } closedAt)
            {
                p.Add(new("gmt_close", BeijingTime.Alipay(closedAt)));
            }

            var sign = keys.AlipaySigner.SignNotification(p);
            p.Add(new("sign", tampering.BadSignature ? SandboxKeys.Corrupt(sign) : sign));
            return new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(AlipayFormParameters.Encode(p), Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
        });
    }
}
