using System.Text.Json.Nodes;

namespace FacePay.Sandbox.WechatPay;

/// <summary>A verified WeChat Pay request handed to an operation.</summary>
internal sealed record WechatPayRequest(HttpContext Context, JsonObject Json, string? RouteNo, int UserPayingQueries, int RefundProcessingQueries);
