using System.Text.Json.Nodes;
using FacePay.Sandbox.Credentials;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.WechatPay;

/// <summary>The transaction and refund objects of WeChat Pay v3, shared by answers and notification resources.</summary>
internal static class WechatPayJson
{
    public static JsonObject Transaction(SandboxTradeSnapshot trade, SandboxCredentials credentials, long amountDeltaFen = 0)
    {
        var total = trade.AmountFen + amountDeltaFen;
        var json = new JsonObject
        {
            ["appid"] = credentials.WechatPayAppId,
            ["mchid"] = credentials.WechatPayMchId,
            ["out_trade_no"] = trade.OutTradeNo,
            ["transaction_id"] = trade.TradeNo,
            ["trade_type"] = "MICROPAY",
            ["trade_state"] = trade.ChannelStatus,
            ["trade_state_desc"] = StateDescription(trade.ChannelStatus),
            ["bank_type"] = "OTHERS",
            ["attach"] = string.Empty,
        };
        if (trade.PaidAt is { } paidAt)
        {
            json["success_time"] = BeijingTime.Rfc3339(paidAt);
        }

        json["payer"] = new JsonObject { ["openid"] = trade.BuyerId };
        json["amount"] = new JsonObject
        {
            ["total"] = total,
            ["payer_total"] = trade.Status == SandboxTradeStatus.UserPaying ? 0 : total,
            ["currency"] = trade.Currency,
            ["payer_currency"] = trade.Currency,
        };
        return json;
    }

    public static JsonObject Refund(SandboxTradeSnapshot trade, SandboxRefundSnapshot refund, long amountDeltaFen = 0)
    {
        var json = RefundFields(trade, refund, amountDeltaFen);
        if (refund.SucceededAt is null)
        {
            json.Remove("success_time");
        }

        return json;
    }

    private static JsonObject RefundFields(SandboxTradeSnapshot trade, SandboxRefundSnapshot refund, long amountDeltaFen) => new()
    {
        ["refund_id"] = refund.RefundId,
        ["out_refund_no"] = refund.OutRefundNo,
        ["transaction_id"] = trade.TradeNo,
        ["out_trade_no"] = trade.OutTradeNo,
        ["channel"] = "ORIGINAL",
        ["user_received_account"] = "支付用户零钱",
        ["success_time"] = BeijingTime.Rfc3339(refund.SucceededAt ?? refund.CreatedAt),
        ["create_time"] = BeijingTime.Rfc3339(refund.CreatedAt),
        ["status"] = refund.Status == SandboxRefundStatus.Success ? "SUCCESS" : "PROCESSING",
        ["funds_account"] = "AVAILABLE",
        ["amount"] = new JsonObject
        {
            ["total"] = trade.AmountFen,
            ["refund"] = refund.AmountFen + amountDeltaFen,
            ["payer_total"] = trade.AmountFen,
            ["payer_refund"] = refund.AmountFen + amountDeltaFen,
            ["settlement_refund"] = refund.AmountFen + amountDeltaFen,
            ["settlement_total"] = trade.AmountFen,
            ["discount_refund"] = 0,
            ["currency"] = trade.Currency,
        },
    };

    public static JsonObject RefundNotificationResource(SandboxTradeSnapshot trade, SandboxRefundSnapshot refund, SandboxCredentials credentials, long amountDeltaFen) => new()
    {
        ["mchid"] = credentials.WechatPayMchId,
        ["out_trade_no"] = trade.OutTradeNo,
        ["transaction_id"] = trade.TradeNo,
        ["out_refund_no"] = refund.OutRefundNo,
        ["refund_id"] = refund.RefundId,
        ["refund_status"] = "SUCCESS",
        ["success_time"] = BeijingTime.Rfc3339(refund.SucceededAt ?? refund.CreatedAt),
        ["user_received_account"] = "支付用户零钱",
        ["amount"] = new JsonObject
        {
            ["total"] = trade.AmountFen,
            ["refund"] = refund.AmountFen + amountDeltaFen,
            ["payer_total"] = trade.AmountFen,
            ["payer_refund"] = refund.AmountFen + amountDeltaFen,
        },
    };

    public static string Error(string code, string message) => SandboxJson.Write(w =>
    {
        w.WriteString("code", code);
        w.WriteString("message", message);
    });

    private static string StateDescription(string state) => state switch
    {
        "SUCCESS" => "支付成功",
        "REFUND" => "转入退款",
        "USERPAYING" => "用户支付中",
        "CLOSED" => "已关闭",
        "REVOKED" => "已撤销",
        _ => state,
    };
}
