using FacePay.Sandbox.Bills;
using FacePay.Sandbox.Discrepancies;
using FacePay.Sandbox.Faults;
using FacePay.Sandbox.Notifications;
using FacePay.Sandbox.Trades;

namespace FacePay.Sandbox.Control;

/// <summary>
/// The test and operator API under <c>/sandbox</c>: trades and totals, fault rules, payer balances, the
/// notification log, silent changes of the channel's records (reconciliation discrepancies), reset, and the Alipay
/// bill download.
/// </summary>
internal static class SandboxControlApi
{
    public static void MapSandboxControlApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sandbox");
        group.MapGet("/health", (SandboxKeys keys) => Results.Ok(new
        {
            status = "ok",
            alipayAppId = keys.Credentials.AlipayAppId,
            wechatPayMchId = keys.Credentials.WechatPayMchId,
            wechatPaySerial = keys.WechatPaySerial,
        }));
        group.MapGet("/trades", (SandboxTradeStore trades) => Results.Ok(new
        {
            trades = trades.All(),
            payCalls = trades.PayCallCounts(),
            totals = new[] { trades.Totals(SandboxChannel.Alipay), trades.Totals(SandboxChannel.WechatPay) },
        }));
        group.MapGet("/trades/{channel}/{outTradeNo}", (SandboxChannel channel, string outTradeNo, SandboxTradeStore trades) =>
            trades.Find(channel, outTradeNo) is { } trade ? Results.Ok(trade) : Results.NotFound());
        group.MapGet("/faults", (SandboxFaults faults) => Results.Ok(faults.List()));
        group.MapPost("/faults", (FaultRule rule, SandboxFaults faults) =>
        {
            var problems = rule.Validate();
            if (problems.Count > 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["rule"] = [.. problems] });
            }

            var id = faults.Add(rule);
            return Results.Created($"/sandbox/faults/{id}", new { id });
        });
        group.MapDelete("/faults", (SandboxFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        group.MapDelete("/faults/{id}", (string id, SandboxFaults faults) => faults.Remove(id) ? Results.NoContent() : Results.NotFound());
        group.MapPost("/balances", (PayerBalance balance, SandboxTradeStore trades) =>
        {
            if (balance.BalanceFen < 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["balanceFen"] = ["must not be negative"] });
            }

            if (string.IsNullOrEmpty(balance.PayerCode))
            {
                trades.SetDefaultBalance(balance.BalanceFen);
            }
            else
            {
                trades.SetBalance(balance.PayerCode, balance.BalanceFen);
            }

            return Results.NoContent();
        });
        group.MapPost("/discrepancies", (ChannelDiscrepancy change, SandboxTradeStore trades) =>
        {
            var problems = change.Validate();
            if (problems.Count > 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["discrepancy"] = [.. problems] });
            }

            var result = trades.Apply(change);
            return result.Applied
                ? Results.Ok(result.Trade)
                : Results.Problem(result.Problem, statusCode: StatusCodes.Status409Conflict, title: "The channel's records cannot be changed that way.");
        });
        group.MapGet("/notifications", (SandboxNotificationLog log) => Results.Ok(log.All()));
        group.MapPost("/reset", (SandboxTradeStore trades, SandboxFaults faults, SandboxNotificationLog log) =>
        {
            trades.Clear();
            faults.Clear();
            log.Clear();
            return Results.NoContent();
        });
        group.MapGet("/bills/alipay/download", (string? token, BillStore bills) =>
            bills.Find(token) is { RequiresWechatPayAuthorization: false } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound());
    }
}
