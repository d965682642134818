using System.Text;
using System.Text.Json.Nodes;
using FacePay.Sandbox.Bills;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Trades;
using Microsoft.AspNetCore.Http.Features;

namespace FacePay.Sandbox.WechatPay;

/// <summary>
/// The WeChat Pay API v3 endpoints: verifies the merchant's <c>Authorization</c> header over the raw request,
/// answers JSON (or 204) with the real HTTP statuses, every answer signed with <c>Wechatpay-*</c> headers.
/// </summary>
internal sealed class WechatPayGateway(SandboxKeys keys, SandboxTradeStore trades, SandboxFaults faults, BillStore bills, SandboxOptions options, TimeProvider time)
{
    private const int MaxBodyBytes = 64 * 1024;

    public void Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/pay/transactions/codepay", (HttpContext c) => HandleAsync(c, SandboxOperation.Pay, CodePay));
        routes.MapGet("/v3/pay/transactions/out-trade-no/{no}", (HttpContext c) => HandleAsync(c, SandboxOperation.Query, Query));
        routes.MapPost("/v3/pay/transactions/out-trade-no/{no}/reverse", (HttpContext c) => HandleAsync(c, SandboxOperation.Cancel, Reverse));
        routes.MapPost("/v3/pay/transactions/out-trade-no/{no}/close", (HttpContext c) => HandleAsync(c, SandboxOperation.Close, Close));
        routes.MapPost("/v3/refund/domestic/refunds", (HttpContext c) => HandleAsync(c, SandboxOperation.Refund, Refund));
        routes.MapGet("/v3/refund/domestic/refunds/{no}", (HttpContext c) => HandleAsync(c, SandboxOperation.RefundQuery, RefundQuery));
        routes.MapGet("/v3/bill/tradebill", (HttpContext c) => HandleAsync(c, SandboxOperation.Bill, TradeBill));
        routes.MapGet("/v3/certificates", (HttpContext c) => HandleAsync(c, SandboxOperation.Certificates, Certificates));
        routes.MapGet(BillStore.WechatPayDownloadPath, DownloadAsync);
    }

    private async Task HandleAsync(HttpContext context, SandboxOperation operation, Func<WechatPayRequest, PreparedResponse> handler)
    {
        var body = await ReadBodyAsync(context);
        if (body is null)
        {
            await Error(413, "PARAM_ERROR", "请求体过大").WriteAsync(context);
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var verified = keys.WechatPayRequestVerifier.Verify(context.Request.Headers.Authorization.ToString(), context.Request.Method, rawTarget, body);
        if (!verified.IsValid)
        {
            await Error(401, "SIGN_ERROR", "签名错误：" + verified.Failure).WriteAsync(context);
            return;
        }

        if (verified.Value.MchId != keys.Credentials.WechatPayMchId)
        {
            await Error(400, "PARAM_ERROR", "商户号与请求头不一致").WriteAsync(context);
            return;
        }

        JsonObject? json = null;
        if (body.Length > 0)
        {
            json = SandboxJson.ParseObject(body);
            if (json is null)
            {
                await Error(400, "PARAM_ERROR", "请求体不是有效的JSON").WriteAsync(context);
                return;
            }
        }

        var routeNo = context.Request.RouteValues["no"] as string;
        var outTradeNo = operation switch
        {
            SandboxOperation.Pay or SandboxOperation.Refund => SandboxJson.String(json, "out_trade_no"),
            SandboxOperation.RefundQuery or SandboxOperation.Bill or SandboxOperation.Certificates => null,
            _ => routeNo,
        };
        if (operation == SandboxOperation.Pay && outTradeNo is not null)
        {
            trades.CountPayCall(SandboxChannel.WechatPay, outTradeNo);
        }

        var fired = faults.Fire(SandboxChannel.WechatPay, operation, outTradeNo);
        var request = new WechatPayRequest(context, json ?? [], routeNo, FaultExecution.UserPayingQueries(fired), FaultExecution.RefundProcessingQueries(fired), BillFaults.From(fired));
        await FaultExecution.RunAsync(
            context,
            fired,
            options.DefaultTimeoutHold,
            () => Task.FromResult(handler(request)),
            () => Error(500, "SYSTEM_ERROR", "系统错误"));
    }

    private PreparedResponse CodePay(WechatPayRequest request)
    {
        var json = request.Json;
        var outTradeNo = SandboxJson.String(json, "out_trade_no");
        var description = SandboxJson.String(json, "description");
        var amount = json["amount"] as JsonObject;
        var total = SandboxJson.Long(amount, "total");
        var currency = SandboxJson.String(amount, "currency") ?? "CNY";
        var authCode = json["payer"] is JsonObject payer ? SandboxJson.String(payer, "auth_code") : null;
        if (SandboxJson.String(json, "appid") != keys.Credentials.WechatPayAppId || SandboxJson.String(json, "mchid") != keys.Credentials.WechatPayMchId)
        {
            return Error(400, "PARAM_ERROR", "appid或mchid不正确");
        }

        if (outTradeNo is null || outTradeNo.Length is < 6 or > 32 || string.IsNullOrEmpty(description)
            || total is not > 0 || currency != "CNY" || string.IsNullOrEmpty(authCode))
        {
            return Error(400, "PARAM_ERROR", "参数错误");
        }

        var result = trades.Pay(new PayCommand(
            SandboxChannel.WechatPay,
            outTradeNo,
            total.Value,
            currency,
            description,
            authCode,
            SandboxJson.String(json, "notify_url") ?? options.WechatPayNotifyUrl?.ToString(),
            $"{total}|{description}|{authCode}",
            request.UserPayingQueries));
        return result.Outcome switch
        {
            TradeOutcome.Ok => Json(200, WechatPayJson.Transaction(result.Trade!, keys.Credentials)),
            TradeOutcome.UserPaying => Error(202, "USERPAYING", "用户支付中，需要输入密码"),
            TradeOutcome.AlreadyPaid => Error(403, "ORDERPAID", "订单已支付"),
            TradeOutcome.Inconsistent => Error(403, "OUT_TRADE_NO_USED", "商户订单号重复"),
            TradeOutcome.TradeClosed => Error(400, "ORDER_CLOSED", "订单已关闭"),
            TradeOutcome.InvalidPayerCode => Error(400, "AUTH_CODE_INVALID", "付款码无效，请重新扫码"),
            TradeOutcome.InsufficientBalance => Error(403, "NOTENOUGH", "用户余额不足"),
            _ => Error(500, "SYSTEM_ERROR", "系统错误"),
        };
    }

    private PreparedResponse Query(WechatPayRequest request)
    {
        if (request.Context.Request.Query["mchid"].ToString() != keys.Credentials.WechatPayMchId)
        {
            return Error(400, "PARAM_ERROR", "mchid不正确");
        }

        var result = trades.Query(SandboxChannel.WechatPay, request.RouteNo!);
        return result.Outcome == TradeOutcome.Ok
            ? Json(200, WechatPayJson.Transaction(result.Trade!, keys.Credentials))
            : Error(404, "ORDERNOTEXIST", "订单不存在");
    }

    private PreparedResponse Reverse(WechatPayRequest request)
    {
        if (SandboxJson.String(request.Json, "mchid") != keys.Credentials.WechatPayMchId)
        {
            return Error(400, "PARAM_ERROR", "mchid不正确");
        }

        var result = trades.Cancel(SandboxChannel.WechatPay, request.RouteNo!);
        return result.Outcome == TradeOutcome.Ok
            ? Json(200, new JsonObject
            {
                ["mchid"] = keys.Credentials.WechatPayMchId,
                ["appid"] = keys.Credentials.WechatPayAppId,
                ["out_trade_no"] = request.RouteNo,
            })
            : Error(404, "ORDERNOTEXIST", "订单不存在");
    }

    private PreparedResponse Close(WechatPayRequest request)
    {
        if (SandboxJson.String(request.Json, "mchid") != keys.Credentials.WechatPayMchId)
        {
            return Error(400, "PARAM_ERROR", "mchid不正确");
        }

        var result = trades.Close(SandboxChannel.WechatPay, request.RouteNo!);
        return result.Outcome switch
        {
            TradeOutcome.Ok => Signed(204, null, []),
            TradeOutcome.AlreadyPaid => Error(400, "ORDERPAID", "订单已支付，不能关闭"),
            _ => Error(404, "ORDERNOTEXIST", "订单不存在"),
        };
    }

    private PreparedResponse Refund(WechatPayRequest request)
    {
        var json = request.Json;
        var outTradeNo = SandboxJson.String(json, "out_trade_no");
        var outRefundNo = SandboxJson.String(json, "out_refund_no");
        var amount = json["amount"] as JsonObject;
        var refund = SandboxJson.Long(amount, "refund");
        var total = SandboxJson.Long(amount, "total");
        if (string.IsNullOrEmpty(outTradeNo) || outRefundNo is null || outRefundNo.Length is < 1 or > 64 || refund is null || total is null
            || (SandboxJson.String(amount, "currency") ?? "CNY") != "CNY")
        {
            return Error(400, "PARAM_ERROR", "参数错误");
        }

        var existing = trades.Find(SandboxChannel.WechatPay, outTradeNo);
        if (existing is not null && existing.AmountFen != total)
        {
            return Error(400, "PARAM_ERROR", "订单金额与原订单不一致");
        }

        var result = trades.Refund(SandboxChannel.WechatPay, outTradeNo, outRefundNo, refund.Value, SandboxJson.String(json, "reason"), SandboxJson.String(json, "notify_url") ?? options.WechatPayNotifyUrl?.ToString(), request.RefundProcessingQueries);
        return result.Outcome switch
        {
            TradeOutcome.Ok => Json(200, WechatPayJson.Refund(result.Trade!, result.Refund!)),
            TradeOutcome.NotFound => Error(404, "RESOURCE_NOT_EXISTS", "订单不存在"),
            TradeOutcome.NotPaid or TradeOutcome.TradeClosed => Error(400, "INVALID_REQUEST", "订单状态不正确，不能退款"),
            TradeOutcome.Inconsistent => Error(400, "INVALID_REQUEST", "退款单号已用于其他退款请求，参数不一致"),
            _ => Error(400, "INVALID_REQUEST", "申请退款金额超过订单可退金额"),
        };
    }

    private PreparedResponse RefundQuery(WechatPayRequest request)
    {
        var result = trades.FindRefund(SandboxChannel.WechatPay, null, request.RouteNo!);
        return result.Outcome == TradeOutcome.Ok
            ? Json(200, WechatPayJson.Refund(result.Trade!, result.Refund!))
            : Error(404, "RESOURCE_NOT_EXISTS", "退款单不存在");
    }

    private PreparedResponse TradeBill(WechatPayRequest request)
    {
        var query = request.Context.Request.Query;
        var billType = query["bill_type"].ToString() is { Length: > 0 } t ? t : "ALL";
        var tarType = query["tar_type"].ToString();
        if (!DateOnly.TryParseExact(query["bill_date"].ToString(), "yyyy-MM-dd", out var date) || billType is not ("ALL" or "SUCCESS" or "REFUND")
            || tarType is not ("" or "GZIP"))
        {
            return Error(400, "PARAM_ERROR", "参数错误");
        }

        if (date > BeijingTime.Date(time.GetUtcNow()))
        {
            return Error(400, "INVALID_REQUEST", "账单日期不能晚于当前日期");
        }

        var added = bills.AddWechatPayBill(billType, date, tarType == "GZIP", trades.All(), keys.Credentials, request.BillFaults);
        if (added is not { } bill)
        {
            return Error(400, "NO_STATEMENT_EXIST", "当前账单不存在");
        }

        var host = $"{request.Context.Request.Scheme}://{request.Context.Request.Host}";
        return Json(200, new JsonObject
        {
            ["hash_type"] = "SHA1",
            ["hash_value"] = bill.Sha1Hex,
            ["download_url"] = $"{host}{BillStore.WechatPayDownloadPath}?token={bill.Token}",
        });
    }

    /// <summary>
    /// The platform certificate list, each certificate encrypted with the APIv3 key (associated data
    /// <c>certificate</c>), as certificate-mode clients download it.
    /// </summary>
    private PreparedResponse Certificates(WechatPayRequest request)
    {
        using var certificate = FacePay.Channels.Crypto.RsaKeyLoader.LoadCertificate(keys.Credentials.PlatformCertificatePem);
        var encrypted = keys.WechatPayEncryptor.EncryptResource(keys.Credentials.PlatformCertificatePem, "certificate", "certificate");
        return Json(200, new JsonObject
        {
            ["data"] = new JsonArray(new JsonObject
            {
                ["serial_no"] = keys.Credentials.PlatformSerialNo,
                ["effective_time"] = BeijingTime.Rfc3339(certificate.NotBefore.ToUniversalTime()),
                ["expire_time"] = BeijingTime.Rfc3339(certificate.NotAfter.ToUniversalTime()),
                ["encrypt_certificate"] = new JsonObject
                {
                    ["algorithm"] = encrypted.Algorithm,
                    ["nonce"] = encrypted.Nonce,
                    ["associated_data"] = encrypted.AssociatedData,
                    ["ciphertext"] = encrypted.Ciphertext,
                },
            }),
        });
    }

    private async Task DownloadAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var verified = keys.WechatPayRequestVerifier.Verify(context.Request.Headers.Authorization.ToString(), "GET", rawTarget, string.Empty);
        if (!verified.IsValid)
        {
            await Error(401, "SIGN_ERROR", "签名错误：" + verified.Failure).WriteAsync(context);
            return;
        }

        var file = bills.Find(context.Request.Query["token"].ToString());
        if (file is null || !file.RequiresWechatPayAuthorization)
        {
            await Error(404, "RESOURCE_NOT_EXISTS", "账单文件不存在或已过期").WriteAsync(context);
            return;
        }

        // The download itself is not signed by WeChat Pay; the caller checks the hash from the URL query instead.
        await new PreparedResponse(200, file.ContentType, file.Content).WriteAsync(context);
    }

    private static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private PreparedResponse Json(int status, JsonObject json) => Signed(status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(SandboxJson.Text(json)));

    private PreparedResponse Error(int status, string code, string message) =>
        Signed(status, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(WechatPayJson.Error(code, message)));

    private PreparedResponse Signed(int status, string? contentType, byte[] body) =>
        new(status, contentType, body, keys.WechatPayHeaders(body));
}
