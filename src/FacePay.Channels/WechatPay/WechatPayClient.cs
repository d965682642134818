using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Crypto;
using FacePay.Channels.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.WechatPay;

/// <summary>
/// <see cref="IPaymentChannel"/> over WeChat Pay API v3 (direct merchant): every request signed with the merchant
/// key, every response validated (<c>Wechatpay-*</c> headers, key by serial, replay window) before it is trusted.
/// </summary>
public sealed partial class WechatPayClient : IPaymentChannel
{
    private const string Currency = "CNY";

    private readonly HttpClient _httpClient;
    private readonly WechatPayCredentials _credentials;
    private readonly WechatPayOptions _options;
    private readonly ILogger<WechatPayClient> _logger;

    /// <summary>Creates the client (a typed <see cref="HttpClient"/> client).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="credentials">The loaded keys.</param>
    /// <param name="options">The options.</param>
    /// <param name="logger">The logger.</param>
    public WechatPayClient(HttpClient httpClient, WechatPayCredentials credentials, IOptions<WechatPayOptions> options, ILogger<WechatPayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _credentials = credentials;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public ChannelKind Kind => ChannelKind.WechatPay;

    /// <inheritdoc />
    public async Task<ChannelTradeResult> PayAsync(ChannelPayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != ChannelPayMethod.PayerCode || string.IsNullOrEmpty(request.PayerCode))
        {
            return ChannelTradeResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, ChannelErrorCodes.Unsupported, "WeChat Pay code pay needs a payer code; agreements are not supported.");
        }

        if (request.Currency != Currency || request.Amount <= 0 || request.Amount > int.MaxValue)
        {
            return ChannelTradeResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, ChannelErrorCodes.InvalidRequest, "WeChat Pay takes a positive CNY amount in fen.");
        }

        var body = new JsonObject
        {
            ["appid"] = _options.AppId,
            ["mchid"] = _options.MchId,
            ["description"] = request.Subject,
            ["out_trade_no"] = request.OutTradeNo,
            ["payer"] = new JsonObject { ["auth_code"] = request.PayerCode },
            ["amount"] = new JsonObject { ["total"] = request.Amount, ["currency"] = Currency },
        };
        if (request.DeviceId is not null || request.StoreId is not null)
        {
            var scene = new JsonObject();
            if (request.DeviceId is not null)
            {
                scene["device_id"] = request.DeviceId;
            }

            if (request.StoreId is not null)
            {
                scene["store_info"] = new JsonObject { ["out_id"] = request.StoreId };
            }

            body["scene_info"] = scene;
        }

        var call = await CallAsync(HttpMethod.Post, "/v3/pay/transactions/codepay", body, ChannelOperation.Pay, cancellationToken);
        return ToTradeResult(call, request.OutTradeNo);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var path = $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}?mchid={Uri.EscapeDataString(_options.MchId)}";
        var call = await CallAsync(HttpMethod.Get, path, null, ChannelOperation.Query, cancellationToken);
        return ToTradeResult(call, outTradeNo);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> CancelAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var path = $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}/reverse";
        var body = new JsonObject { ["mchid"] = _options.MchId, ["appid"] = _options.AppId };
        var call = await CallAsync(HttpMethod.Post, path, body, ChannelOperation.Cancel, cancellationToken);
        return call.Outcome == ChannelOutcome.Success && call.Classification.Status == ChannelTradeStatus.Unspecified
            ? new ChannelTradeResult(ChannelOutcome.Success, ChannelTradeStatus.Revoked, outTradeNo)
            : ToTradeResult(call, outTradeNo);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var path = $"/v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}/close";
        var call = await CallAsync(HttpMethod.Post, path, new JsonObject { ["mchid"] = _options.MchId }, ChannelOperation.Close, cancellationToken);
        return call.Outcome == ChannelOutcome.Success && call.Classification.Status == ChannelTradeStatus.Unspecified
            ? new ChannelTradeResult(ChannelOutcome.Success, ChannelTradeStatus.Closed, outTradeNo)
            : ToTradeResult(call, outTradeNo);
    }

    /// <inheritdoc />
    public async Task<ChannelRefundResult> RefundAsync(ChannelRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Currency != Currency || request.RefundAmount <= 0 || request.RefundAmount > request.TotalAmount)
        {
            return ChannelRefundResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, request.OutRefundNo, ChannelErrorCodes.InvalidRequest, "A positive CNY refund no larger than the total is required.");
        }

        var body = new JsonObject
        {
            ["out_trade_no"] = request.OutTradeNo,
            ["out_refund_no"] = request.OutRefundNo,
            ["amount"] = new JsonObject { ["refund"] = request.RefundAmount, ["total"] = request.TotalAmount, ["currency"] = Currency },
        };
        if (!string.IsNullOrEmpty(request.Reason))
        {
            body["reason"] = request.Reason;
        }

        if (_options.NotifyUrl is not null)
        {
            body["notify_url"] = _options.NotifyUrl.ToString();
        }

        var call = await CallAsync(HttpMethod.Post, "/v3/refund/domestic/refunds", body, ChannelOperation.Refund, cancellationToken);
        return ToRefundResult(call, request.OutTradeNo, request.OutRefundNo);
    }

    /// <inheritdoc />
    public async Task<ChannelRefundResult> QueryRefundAsync(ChannelRefundQueryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = await CallAsync(HttpMethod.Get, $"/v3/refund/domestic/refunds/{Uri.EscapeDataString(request.OutRefundNo)}", null, ChannelOperation.RefundQuery, cancellationToken);
        return ToRefundResult(call, request.OutTradeNo, request.OutRefundNo);
    }

    /// <inheritdoc />
    public async Task<ChannelBillResult> GetBillAsync(ChannelBillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var date = request.BillDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var call = await CallAsync(HttpMethod.Get, $"/v3/bill/tradebill?bill_date={date}&bill_type=ALL&tar_type=GZIP", null, ChannelOperation.Bill, cancellationToken);
        var url = JsonFields.String(call.Node, "download_url");
        return call.Outcome == ChannelOutcome.Success && !string.IsNullOrEmpty(url)
            ? new ChannelBillResult(ChannelOutcome.Success, url, JsonFields.String(call.Node, "hash_type"), JsonFields.String(call.Node, "hash_value"))
            : new ChannelBillResult(
                call.Outcome == ChannelOutcome.Success ? ChannelOutcome.DefiniteFailure : call.Outcome,
                ErrorCode: call.ErrorCode ?? ChannelErrorCodes.MalformedResponse,
                ErrorMessage: call.ErrorMessage ?? "No download_url.");
    }

    /// <inheritdoc />
    public async Task DownloadBillAsync(ChannelBillResult bill, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bill);
        ArgumentNullException.ThrowIfNull(destination);
        if (bill.Outcome != ChannelOutcome.Success || !Uri.TryCreate(bill.DownloadUrl, UriKind.Absolute, out var url))
        {
            throw new ChannelBillDownloadException("The bill result has no download URL.");
        }

        // The download itself is a signed GET; the file is not signed, so its integrity rests on the hash.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Authorization", _credentials.Authorization.Build("GET", url.PathAndQuery, string.Empty));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        var start = destination.Position;
        await BillFileDownload.CopyToAsync(_httpClient, request, _options.Timeout, destination, cancellationToken);
        destination.Position = start;
        if (bill.HashValue is not null)
        {
            WechatPayBillHash.Verify(destination, bill.HashType, bill.HashValue);
        }
    }

    private static ChannelTradeResult ToTradeResult(WechatCall call, string outTradeNo)
    {
        var node = call.Node;
        var state = JsonFields.String(node, "trade_state");
        var tradeStatus = WechatPayTradeStates.ToChannelStatus(state);
        var outcome = call.Outcome;
        var status = call.Classification.Status != ChannelTradeStatus.Unspecified ? call.Classification.Status : tradeStatus;
        string? errorCode = call.ErrorCode, errorMessage = call.ErrorMessage;
        if (call.Operation == ChannelOperation.Pay && outcome == ChannelOutcome.Success && call.Classification.Status == ChannelTradeStatus.Unspecified
            && tradeStatus != ChannelTradeStatus.Paid)
        {
            // A 2xx code pay answer whose trade is not SUCCESS (USERPAYING, NOTPAY...) is not a payment yet.
            outcome = tradeStatus == ChannelTradeStatus.Failed ? ChannelOutcome.DefiniteFailure : ChannelOutcome.Unknown;
            errorCode = state;
            errorMessage = JsonFields.String(node, "trade_state_desc");
        }

        var amount = JsonFields.Object(node, "amount");
        var total = JsonFields.Int64(amount, "total");
        return new ChannelTradeResult(
            outcome,
            status,
            outTradeNo,
            JsonFields.String(node, "transaction_id"),
            total,
            total is null ? null : JsonFields.String(amount, "currency") ?? Currency,
            errorCode,
            errorMessage,
            JsonFields.String(JsonFields.Object(node, "payer"), "openid"));
    }

    private static ChannelRefundResult ToRefundResult(WechatCall call, string outTradeNo, string outRefundNo)
    {
        if (call.Outcome != ChannelOutcome.Success || call.Classification.Status == ChannelTradeStatus.NotFound)
        {
            var status = call.Classification.Status == ChannelTradeStatus.NotFound ? ChannelRefundStatus.NotFound : ChannelRefundStatus.Unspecified;
            return ChannelRefundResult.Failure(call.Outcome, outTradeNo, outRefundNo, call.ErrorCode, call.ErrorMessage, status);
        }

        var amount = JsonFields.Object(call.Node, "amount");
        var refund = JsonFields.Int64(amount, "refund");
        return new ChannelRefundResult(
            ChannelOutcome.Success,
            WechatPayTradeStates.ToRefundStatus(JsonFields.String(call.Node, "status")),
            JsonFields.String(call.Node, "out_trade_no") ?? outTradeNo,
            outRefundNo,
            JsonFields.String(call.Node, "refund_id"),
            refund,
            refund is null ? null : JsonFields.String(amount, "currency") ?? Currency);
    }

    private async Task<WechatCall> CallAsync(HttpMethod method, string pathAndQuery, JsonObject? body, ChannelOperation operation, CancellationToken cancellationToken)
    {
        var url = new Uri(_options.BaseUrl!.ToString().TrimEnd('/') + pathAndQuery);
        var bodyText = body?.ToJsonString() ?? string.Empty;
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Authorization", _credentials.Authorization.Build(method.Method, url.PathAndQuery, bodyText));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (body is not null)
        {
            request.Content = new StringContent(bodyText, Encoding.UTF8, "application/json");
        }

        var exchange = await ChannelHttpSender.SendAsync(_httpClient, request, operation, _options.Timeout, cancellationToken);
        if (exchange.IsTransportFailure)
        {
            LogTransportFailure(operation, exchange.TransportErrorCode);
            return WechatCall.Failed(operation, exchange.TransportOutcome!.Value, exchange.TransportErrorCode, exchange.TransportErrorMessage);
        }

        var untrusted = ChannelOperationFacts.HasEffect(operation) ? ChannelOutcome.Unknown : ChannelOutcome.Retryable;
        var headers = WechatPaySignatureHeaders.From(exchange.Header);
        var validation = _credentials.Validator.Validate(headers, exchange.Body);
        if (!validation.IsValid)
        {
            LogVerificationFailure(operation, exchange.StatusCode, validation.Failure);
            return WechatCall.Failed(operation, untrusted, ChannelErrorCodes.VerificationFailed, $"{validation.Failure}: {validation.Detail}");
        }

        JsonElement node = default;
        if (exchange.Body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(exchange.Body);
                node = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return WechatCall.Failed(operation, untrusted, ChannelErrorCodes.MalformedResponse, "The response body is not JSON.");
            }
        }

        var isError = exchange.StatusCode is < 200 or >= 300;
        var code = isError ? JsonFields.String(node, "code") : null;
        if (!isError && exchange.StatusCode == 202)
        {
            // 202 Accepted: taken for processing (code pay while the payer confirms).
            code = JsonFields.String(node, "code") ?? "USERPAYING";
        }

        var classification = WechatPayErrorClassifier.Classify(operation, exchange.StatusCode, code);
        return new WechatCall(
            operation,
            classification.Outcome,
            classification,
            node,
            code ?? (isError ? $"HTTP_{exchange.StatusCode}" : null),
            code is null && !isError ? null : JsonFields.String(node, "message"));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat Pay {Operation} transport failure {ErrorCode}")]
    private partial void LogTransportFailure(ChannelOperation operation, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeChat Pay {Operation} response (HTTP {Status}) failed validation: {Failure}")]
    private partial void LogVerificationFailure(ChannelOperation operation, int status, VerificationFailure failure);

    private sealed record WechatCall(ChannelOperation Operation, ChannelOutcome Outcome, ChannelClassification Classification, JsonElement Node, string? ErrorCode, string? ErrorMessage)
    {
        public static WechatCall Failed(ChannelOperation operation, ChannelOutcome outcome, string? code, string? message) =>
            new(operation, outcome, new ChannelClassification(outcome), default, code, message);
    }
}
