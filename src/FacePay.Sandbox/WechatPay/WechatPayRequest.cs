using System.Text.Json.Nodes;
using FacePay.Sandbox.Bills;

namespace FacePay.Sandbox.WechatPay;

/// <summary>A verified WeChat Pay request handed to an operation.</summary>
internal sealed record WechatPayRequest(HttpContext Context, JsonObject Json, string? RouteNo, int UserPayingQueries, int RefundProcessingQueries, BillFaults BillFaults);
