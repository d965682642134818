using System.Text.Json.Nodes;
using FacePay.Channels.Alipay;
using FacePay.Channels.Crypto;
using FacePay.Sandbox.Bills;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Alipay;

/// <summary>
/// <c>POST /alipay/gateway.do</c>: checks the common parameters and the RSA2 signature (app public key), dispatches
/// on <c>method</c>, answers <c>{"&lt;method&gt;_response":{…},"sign":"…"}</c> signed with the Alipay private key.
/// </summary>
internal sealed class AlipayGateway(SandboxKeys keys, SandboxTradeStore trades, SandboxFaults faults, BillStore bills, SandboxOptions options, TimeProvider time)
{
    public const string Path = "/alipay/gateway.do";

    private static readonly Dictionary<string, SandboxOperation> Methods = new(StringComparer.Ordinal)
    {
        ["alipay.trade.pay"] = SandboxOperation.Pay,
        ["alipay.trade.query"] = SandboxOperation.Query,
        ["alipay.trade.cancel"] = SandboxOperation.Cancel,
        ["alipay.trade.close"] = SandboxOperation.Close,
        ["alipay.trade.refund"] = SandboxOperation.Refund,
        ["alipay.trade.fastpay.refund.query"] = SandboxOperation.RefundQuery,
        ["alipay.data.dataservice.bill.downloadurl.query"] = SandboxOperation.Bill,
    };

    public async Task HandleAsync(HttpContext context)
    {
        // The official SDKs put the common parameters in the query string and biz_content in the form body.
        var parameters = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in context.Request.Query)
        {
            parameters.Add(new(key, value.ToString()));
        }

        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, value) in form)
            {
                parameters.Add(new(key, value.ToString()));
            }
        }

        if (!AlipayFormParameters.TryCollect(parameters, out var p, out _))
        {
            await Unsigned(AlipayResponseNode.Error, "40002", "Invalid Arguments", "isv.invalid-parameter", "参数重复").WriteAsync(context);
            return;
        }

        if (!p.TryGetValue("method", out var method) || method.Length == 0)
        {
            await Unsigned(AlipayResponseNode.Error, "40001", "Missing Required Arguments", "isv.missing-method", "缺少方法名参数").WriteAsync(context);
            return;
        }

        if (!Methods.TryGetValue(method, out var operation))
        {
            await Unsigned(AlipayResponseNode.Error, "40002", "Invalid Arguments", "isv.invalid-method", "不存在的方法名").WriteAsync(context);
            return;
        }

        var node = AlipayResponseNode.For(method);
        if (!p.TryGetValue("app_id", out var appId) || appId.Length == 0)
        {
            await Unsigned(node, "40001", "Missing Required Arguments", "isv.missing-app-id", "缺少AppID参数").WriteAsync(context);
            return;
        }

        if (appId != keys.Credentials.AlipayAppId)
        {
            await Unsigned(node, "40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数").WriteAsync(context);
            return;
        }

        if (!p.TryGetValue("timestamp", out var timestamp) || timestamp.Length == 0)
        {
            await Unsigned(node, "40001", "Missing Required Arguments", "isv.missing-timestamp", "缺少时间戳参数").WriteAsync(context);
            return;
        }

        if (!DateTime.TryParseExact(timestamp, "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            await Unsigned(node, "40002", "Invalid Arguments", "isv.invalid-timestamp", "非法的时间戳参数").WriteAsync(context);
            return;
        }

        if (!p.TryGetValue("sign", out var sign) || sign.Length == 0)
        {
            await Unsigned(node, "40001", "Missing Required Arguments", "isv.missing-signature", "缺少签名参数").WriteAsync(context);
            return;
        }

        var verified = keys.AppKeyVerifier.VerifyRequest(parameters);
        if (!verified.IsValid)
        {
            var (sub, subMsg) = verified.Failure == VerificationFailure.UnsupportedAlgorithm
                ? ("isv.invalid-signature-type", "无效的签名类型")
                : ("isv.invalid-signature", "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配");
            await Unsigned(node, "40002", "Invalid Arguments", sub, subMsg).WriteAsync(context);
            return;
        }

        var biz = p.TryGetValue("biz_content", out var bizText) && bizText.Length > 0 ? SandboxJson.ParseObject(bizText) : null;
        if (biz is null)
        {
            await Unsigned(node, "40002", "Invalid Arguments", "isv.invalid-parameter", "biz_content 不是有效的JSON对象").WriteAsync(context);
            return;
        }

        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        if (operation == SandboxOperation.Pay && outTradeNo is not null)
        {
            trades.CountPayCall(SandboxChannel.Alipay, outTradeNo);
        }

        var fired = faults.Fire(SandboxChannel.Alipay, operation, outTradeNo);
        var notifyUrl = p.GetValueOrDefault("notify_url") is { Length: > 0 } url ? url : options.AlipayNotifyUrl?.ToString();
        var host = $"{context.Request.Scheme}://{context.Request.Host}";
        await FaultExecution.RunAsync(
            context,
            fired,
            options.DefaultTimeoutHold,
            () => Task.FromResult(Signed(node, operation switch
            {
                SandboxOperation.Pay => Pay(biz, notifyUrl, FaultExecution.UserPayingQueries(fired)),
                SandboxOperation.Query => Query(biz),
                SandboxOperation.Cancel => Cancel(biz),
                SandboxOperation.Close => Close(biz),
                SandboxOperation.Refund => Refund(biz),
                SandboxOperation.RefundQuery => RefundQuery(biz),
                _ => BillUrl(biz, host, BillFaults.From(fired)),
            })),
            () => Signed(node, Failure("20000", "Service Currently Unavailable", "ACQ.SYSTEM_ERROR", "系统错误")));
    }

    private string Pay(JsonObject biz, string? notifyUrl, int userPayingQueries)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        var subject = SandboxJson.String(biz, "subject");
        var amountText = SandboxJson.String(biz, "total_amount");
        if (string.IsNullOrEmpty(outTradeNo) || outTradeNo.Length > 64 || string.IsNullOrEmpty(subject)
            || !AlipayAmount.TryParse(amountText, out var amount) || amount is <= 0 or > 10_000_000_000)
        {
            return PayFailure("ACQ.INVALID_PARAMETER", "参数无效");
        }

        var agreementNo = biz["agreement_params"] is JsonObject agreement ? SandboxJson.String(agreement, "agreement_no") : null;
        var payerCode = SandboxJson.String(biz, "product_code") == "GENERAL_WITHHOLDING" && !string.IsNullOrEmpty(agreementNo)
            ? PayerCodes.AgreementPrefix + agreementNo
            : SandboxJson.String(biz, "auth_code") ?? string.Empty;
        var result = trades.Pay(new PayCommand(
            SandboxChannel.Alipay,
            outTradeNo,
            amount,
            "CNY",
            subject,
            payerCode,
            notifyUrl,
            $"{amount}|{subject}|{payerCode}",
            userPayingQueries));
        return result.Outcome switch
        {
            TradeOutcome.Ok => PaySuccess("10000", "Success", result.Trade!),
            TradeOutcome.UserPaying => PaySuccess("10003", " order success pay inprocess", result.Trade!),
            TradeOutcome.AlreadyPaid => PayFailure("ACQ.TRADE_HAS_SUCCESS", "交易已被支付"),
            TradeOutcome.Inconsistent => PayFailure("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改"),
            TradeOutcome.TradeClosed => PayFailure("ACQ.TRADE_HAS_CLOSE", "交易已经关闭"),
            TradeOutcome.InvalidPayerCode => PayFailure("ACQ.PAYMENT_AUTH_CODE_INVALID", "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款"),
            TradeOutcome.InsufficientBalance => PayFailure("ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足"),
            _ => PayFailure("ACQ.SYSTEM_ERROR", "系统错误"),
        };
    }

    private static string PaySuccess(string code, string msg, SandboxTradeSnapshot trade)
    {
        var total = AlipayAmount.Format(trade.AmountFen);
        var paid = trade.Status == SandboxTradeStatus.Success;
        var payerAmount = paid ? total : "0.00";
        return SandboxJson.Write(w =>
        {
            w.WriteString("code", code);
            w.WriteString("msg", msg);
            w.WriteString("trade_no", trade.TradeNo);
            w.WriteString("out_trade_no", trade.OutTradeNo);
            w.WriteString("buyer_logon_id", AlipayFields.MaskedLogonId(trade.BuyerId));
            w.WriteString("total_amount", total);
            w.WriteString("receipt_amount", payerAmount);
            w.WriteString("buyer_pay_amount", payerAmount);
            w.WriteString("point_amount", "0.00");
            w.WriteString("invoice_amount", payerAmount);
            if (trade.PaidAt is { } paidAt)
            {
                w.WriteString("gmt_payment", BeijingTime.Alipay(paidAt));
                w.WritePropertyName("fund_bill_list");
                w.WriteRawValue(AlipayFields.FundBillList(total, notification: false));
            }

            w.WriteString("buyer_user_id", trade.BuyerId);
        });
    }

    private static string PayFailure(string subCode, string subMsg) => SandboxJson.Write(w =>
    {
        w.WriteString("code", "40004");
        w.WriteString("msg", "Business Failed");
        w.WriteString("sub_code", subCode);
        w.WriteString("sub_msg", subMsg);
        w.WriteString("buyer_pay_amount", "0.00");
        w.WriteString("invoice_amount", "0.00");
        w.WriteString("point_amount", "0.00");
        w.WriteString("receipt_amount", "0.00");
    });

    private string Query(JsonObject biz)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        if (string.IsNullOrEmpty(outTradeNo))
        {
            return Failure("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效");
        }

        var result = trades.Query(SandboxChannel.Alipay, outTradeNo);
        if (result.Outcome != TradeOutcome.Ok)
        {
            return Failure("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }

        var trade = result.Trade!;
        var total = AlipayAmount.Format(trade.AmountFen);
        var payerAmount = AlipayAmount.Format(trade.PaidFen);
        return SandboxJson.Write(w =>
        {
            w.WriteString("code", "10000");
            w.WriteString("msg", "Success");
            w.WriteString("trade_no", trade.TradeNo);
            w.WriteString("out_trade_no", trade.OutTradeNo);
            w.WriteString("buyer_logon_id", AlipayFields.MaskedLogonId(trade.BuyerId));
            w.WriteString("trade_status", trade.ChannelStatus);
            w.WriteString("total_amount", total);
            w.WriteString("buyer_pay_amount", payerAmount);
            w.WriteString("point_amount", "0.00");
            w.WriteString("invoice_amount", payerAmount);
            if (trade.PaidAt is { } paidAt)
            {
                w.WriteString("send_pay_date", BeijingTime.Alipay(paidAt));
                w.WritePropertyName("fund_bill_list");
                w.WriteRawValue(AlipayFields.FundBillList(total, notification: false));
            }

            w.WriteString("receipt_amount", payerAmount);
            w.WriteString("buyer_user_id", trade.BuyerId);
        });
    }

    private string Cancel(JsonObject biz)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        if (string.IsNullOrEmpty(outTradeNo))
        {
            return Failure("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效");
        }

        var result = trades.Cancel(SandboxChannel.Alipay, outTradeNo);
        var trade = result.Trade!;
        return SandboxJson.Write(w =>
        {
            w.WriteString("code", "10000");
            w.WriteString("msg", "Success");
            if (trade.TradeNo.Length > 0)
            {
                w.WriteString("trade_no", trade.TradeNo);
            }

            w.WriteString("out_trade_no", trade.OutTradeNo);
            w.WriteString("retry_flag", "N");
            w.WriteString("action", trade.PaidFen > 0 ? "refund" : "close");
            if (trade.PaidFen > 0)
            {
                w.WriteString("gmt_refund_pay", BeijingTime.Alipay(trade.ClosedAt ?? time.GetUtcNow()));
            }
        });
    }

    private string Close(JsonObject biz)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        if (string.IsNullOrEmpty(outTradeNo))
        {
            return Failure("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效");
        }

        var result = trades.Close(SandboxChannel.Alipay, outTradeNo);
        return result.Outcome switch
        {
            TradeOutcome.NotFound => Failure("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在"),
            TradeOutcome.AlreadyPaid => Failure("40004", "Business Failed", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法"),
            _ => SandboxJson.Write(w =>
            {
                w.WriteString("code", "10000");
                w.WriteString("msg", "Success");
                w.WriteString("trade_no", result.Trade!.TradeNo);
                w.WriteString("out_trade_no", result.Trade.OutTradeNo);
            }),
        };
    }

    private string Refund(JsonObject biz)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        if (string.IsNullOrEmpty(outTradeNo) || !AlipayAmount.TryParse(SandboxJson.String(biz, "refund_amount"), out var amount))
        {
            return Failure("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效");
        }

        // Without out_request_no Alipay treats the request as the (single, full) refund keyed by the trade number.
        var outRequestNo = SandboxJson.String(biz, "out_request_no") is { Length: > 0 } no ? no : outTradeNo;
        var result = trades.Refund(SandboxChannel.Alipay, outTradeNo, outRequestNo, amount, SandboxJson.String(biz, "refund_reason"), null);
        return result.Outcome switch
        {
            TradeOutcome.Ok => SandboxJson.Write(w =>
            {
                var trade = result.Trade!;
                w.WriteString("code", "10000");
                w.WriteString("msg", "Success");
                w.WriteString("trade_no", trade.TradeNo);
                w.WriteString("out_trade_no", trade.OutTradeNo);
                w.WriteString("buyer_logon_id", AlipayFields.MaskedLogonId(trade.BuyerId));
                w.WriteString("fund_change", result.Changed ? "Y" : "N");
                w.WriteString("refund_fee", AlipayAmount.Format(trade.RefundedFen));
                w.WriteString("gmt_refund_pay", BeijingTime.Alipay(result.Refund!.SucceededAt ?? result.Refund.CreatedAt));
                w.WriteString("buyer_user_id", trade.BuyerId);
                w.WriteString("send_back_fee", AlipayAmount.Format(result.Refund.AmountFen));
            }),
            TradeOutcome.NotFound => Failure("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在"),
            TradeOutcome.NotPaid => Failure("40004", "Business Failed", "ACQ.TRADE_STATUS_ERROR", "交易状态不合法"),
            TradeOutcome.TradeClosed => Failure("40004", "Business Failed", "ACQ.TRADE_HAS_CLOSE", "交易已经关闭"),
            _ => Failure("40004", "Business Failed", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限"),
        };
    }

    private string RefundQuery(JsonObject biz)
    {
        var outTradeNo = SandboxJson.String(biz, "out_trade_no");
        var outRequestNo = SandboxJson.String(biz, "out_request_no");
        if (string.IsNullOrEmpty(outTradeNo) || string.IsNullOrEmpty(outRequestNo))
        {
            return Failure("40004", "Business Failed", "ACQ.INVALID_PARAMETER", "参数无效");
        }

        var result = trades.FindRefund(SandboxChannel.Alipay, outTradeNo, outRequestNo);
        if (result.Trade is null)
        {
            return Failure("40004", "Business Failed", "ACQ.TRADE_NOT_EXIST", "交易不存在");
        }

        // Alipay answers 10000 without refund fields when the refund does not exist: absence means "not refunded".
        return SandboxJson.Write(w =>
        {
            w.WriteString("code", "10000");
            w.WriteString("msg", "Success");
            w.WriteString("trade_no", result.Trade.TradeNo);
            w.WriteString("out_trade_no", result.Trade.OutTradeNo);
            w.WriteString("out_request_no", outRequestNo);
            if (result.Refund is { } refund)
            {
                w.WriteString("total_amount", AlipayAmount.Format(result.Trade.AmountFen));
                w.WriteString("refund_amount", AlipayAmount.Format(refund.AmountFen));
                w.WriteString("refund_status", "REFUND_SUCCESS");
                w.WriteString("gmt_refund_pay", BeijingTime.Alipay(refund.SucceededAt ?? refund.CreatedAt));
            }
        });
    }

    private string BillUrl(JsonObject biz, string host, BillFaults billFaults)
    {
        var billType = SandboxJson.String(biz, "bill_type");
        var billDate = SandboxJson.String(biz, "bill_date");
        if (billType is not ("trade" or "signcustomer"))
        {
            return Failure("40004", "Business Failed", "isv.invalid-bill-type", "账单类型不合法");
        }

        if (!DateOnly.TryParseExact(billDate, "yyyy-MM-dd", out var date))
        {
            return Failure("40004", "Business Failed", "isv.invalid-bill-date", "账单日期格式不正确");
        }

        if (date > BeijingTime.Date(time.GetUtcNow()))
        {
            return Failure("40004", "Business Failed", "isp.bill_not_exist", "账单不存在");
        }

        var token = bills.AddAlipayBill(billType, date, trades.All(), keys.Credentials.AlipaySellerId, time.GetUtcNow(), billFaults);
        return SandboxJson.Write(w =>
        {
            w.WriteString("code", "10000");
            w.WriteString("msg", "Success");
            w.WriteString("bill_download_url", $"{host}{BillStore.AlipayDownloadPath}?token={token}");
        });
    }

    private static string Failure(string code, string msg, string subCode, string subMsg) => SandboxJson.Write(w =>
    {
        w.WriteString("code", code);
        w.WriteString("msg", msg);
        w.WriteString("sub_code", subCode);
        w.WriteString("sub_msg", subMsg);
    });

    private PreparedResponse Signed(string node, string json) =>
        PreparedResponse.Json(200, keys.AlipaySigner.BuildSignedResponseBody(node, json));

    private static PreparedResponse Unsigned(string node, string code, string msg, string subCode, string subMsg)
    {
        var json = Failure(code, msg, subCode, subMsg);
        return PreparedResponse.Json(200, $"{{\"{node}\":{json}}}");
    }
}
