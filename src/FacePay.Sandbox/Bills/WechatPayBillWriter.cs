using System.Text;
using FacePay.Sandbox.Credentials;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Bills;

/// <summary>
/// WeChat Pay's trade bill: UTF-8 CSV, every field prefixed with a backtick, then a summary header and row.
/// <c>bill_type</c> ALL (payments and refunds), SUCCESS (payments) or REFUND (refunds).
/// </summary>
internal static class WechatPayBillWriter
{
    private const string Header = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";

    /// <summary>The bill text, or null when the day has no records (WeChat then answers NO_STATEMENT_EXIST).</summary>
    public static string? Write(string billType, DateOnly date, IReadOnlyList<SandboxTradeSnapshot> trades, SandboxCredentials credentials, BillFaults faults)
    {
        var rows = new List<string>();
        long count = 0, settledFen = 0, refundFen = 0, feeUnits = 0, orderFen = 0;
        foreach (var trade in trades.Where(t => t.Channel == SandboxChannel.WechatPay && t.TradeNo.Length > 0))
        {
            if (billType is "ALL" or "SUCCESS" && trade.PaidAt is { } paidAt && BeijingTime.Date(paidAt) == date)
            {
                count++;
                settledFen += trade.AmountFen;
                orderFen += trade.AmountFen;
                feeUnits += trade.AmountFen * 6;
                rows.Add(Row(trade, credentials, paidAt, "SUCCESS", trade.AmountFen, refund: null, refundFen: 0));
                if (faults.DuplicateTradeNos.Contains(trade.OutTradeNo))
                {
                    // Counted in the summary too: the bill is self-consistent, it just holds the line twice.
                    rows.Add(rows[^1]);
                    count++;
                    settledFen += trade.AmountFen;
                    orderFen += trade.AmountFen;
                    feeUnits += trade.AmountFen * 6;
                }
            }

            if (billType is not ("ALL" or "REFUND"))
            {
                continue;
            }

            foreach (var refund in trade.Refunds.Where(r => r.SucceededAt is { } at && BeijingTime.Date(at) == date))
            {
                count++;
                refundFen += refund.AmountFen;
                feeUnits -= refund.AmountFen * 6;
                rows.Add(Row(trade, credentials, refund.SucceededAt!.Value, "REFUND", trade.AmountFen, refund, refund.AmountFen));
            }

            var reversed = trade.RefundedFen - trade.RefundsFen;
            if (reversed > 0 && trade.ClosedAt is { } closedAt && BeijingTime.Date(closedAt) == date)
            {
                count++;
                refundFen += reversed;
                feeUnits -= reversed * 6;
                rows.Add(Row(trade, credentials, closedAt, "REVOKED", trade.AmountFen, null, reversed));
            }
        }

        if (rows.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder().Append(faults.MissingColumn ? WithoutColumn(Header) : Header).Append("\r\n");
        rows.ForEach(r => text.Append(faults.MissingColumn ? WithoutColumn(r) : r).Append("\r\n"));
        text.Append("总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额").Append("\r\n");
        text.Append(string.Join(',', new[]
        {
            count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BillMoney.Yuan(settledFen),
            BillMoney.Yuan(refundFen),
            "0.00",
            FeeText(feeUnits),
            BillMoney.Yuan(orderFen),
            BillMoney.Yuan(refundFen),
        }.Select(f => "`" + f))).Append("\r\n");
        return text.ToString();
    }

    // The seventh column is 商户订单号 (out_trade_no).
    private static string WithoutColumn(string line)
    {
        var fields = line.Split(',');
        return string.Join(',', fields.Take(6).Concat(fields.Skip(7)));
    }

    private static string FeeText(long units)
    {
        var sign = units < 0 ? "-" : string.Empty;
        return sign + BillMoney.WechatFee(Math.Abs(units) / 6);
    }

    private static string Row(SandboxTradeSnapshot trade, SandboxCredentials credentials, DateTimeOffset at, string state, long orderFen, SandboxRefundSnapshot? refund, long refundFen)
    {
        var isRefund = refundFen > 0;
        var fields = new[]
        {
            BeijingTime.Alipay(at),
            credentials.WechatPayAppId,
            credentials.WechatPayMchId,
            "0",
            string.Empty,
            trade.TradeNo,
            trade.OutTradeNo,
            trade.BuyerId,
            "MICROPAY",
            state,
            "OTHERS",
            "CNY",
            isRefund ? "0.00" : BillMoney.Yuan(orderFen),
            "0.00",
            refund?.RefundId ?? (isRefund ? "0" : "0"),
            refund?.OutRefundNo ?? (isRefund ? trade.OutTradeNo : "0"),
            BillMoney.Yuan(refundFen),
            "0.00",
            isRefund ? "ORIGINAL" : string.Empty,
            isRefund ? "SUCCESS" : string.Empty,
            trade.Description.Replace(',', '，'),
            string.Empty,
            isRefund ? "-" + BillMoney.WechatFee(refundFen) : BillMoney.WechatFee(orderFen),
            "0.60%",
            isRefund ? "0.00" : BillMoney.Yuan(orderFen),
            BillMoney.Yuan(refundFen),
            string.Empty,
        };
        return string.Join(',', fields.Select(f => "`" + f));
    }
}
