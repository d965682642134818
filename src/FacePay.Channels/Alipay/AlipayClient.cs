using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Channels.Crypto;
using FacePay.Channels.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FacePay.Channels.Alipay;

/// <summary>
/// <see cref="IPaymentChannel"/> over the Alipay OpenAPI gateway: signed form posts, every response verified over
/// its raw <c>*_response</c> text with the Alipay public key before anything in it is trusted.
/// </summary>
public sealed partial class AlipayClient : IPaymentChannel
{
    private const string Currency = "CNY";
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private readonly HttpClient _httpClient;
    private readonly AlipayCredentials _credentials;
    private readonly AlipayOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AlipayClient> _logger;

    /// <summary>Creates the client (a typed <see cref="HttpClient"/> client).</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="credentials">The loaded keys.</param>
    /// <param name="options">The options.</param>
    /// <param name="timeProvider">The clock (request timestamps).</param>
    /// <param name="logger">The logger.</param>
    public AlipayClient(HttpClient httpClient, AlipayCredentials credentials, IOptions<AlipayOptions> options, TimeProvider timeProvider, ILogger<AlipayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClient = httpClient;
        _credentials = credentials;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <inheritdoc />
    public ChannelKind Kind => ChannelKind.Alipay;

    /// <inheritdoc />
    public async Task<ChannelTradeResult> PayAsync(ChannelPayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Currency != Currency || request.Amount <= 0)
        {
            return ChannelTradeResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, ChannelErrorCodes.InvalidRequest, "Alipay face-to-face pay takes a positive CNY amount.");
        }

        var biz = new JsonObject
        {
            ["out_trade_no"] = request.OutTradeNo,
            ["total_amount"] = AlipayAmount.Format(request.Amount),
            ["subject"] = request.Subject,
        };
        switch (request.Method)
        {
            case ChannelPayMethod.PayerCode when !string.IsNullOrEmpty(request.PayerCode):
                biz["scene"] = "security_code";
                biz["auth_code"] = request.PayerCode;
                biz["product_code"] = "FACE_TO_FACE_PAYMENT";
                break;
            case ChannelPayMethod.Agreement when !string.IsNullOrEmpty(request.AgreementNo):
                biz["product_code"] = "GENERAL_WITHHOLDING";
                biz["agreement_params"] = new JsonObject { ["agreement_no"] = request.AgreementNo };
                break;
            default:
                return ChannelTradeResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, ChannelErrorCodes.InvalidRequest, "A payer code or an agreement number is required.");
        }

        if (request.StoreId is not null)
        {
            biz["store_id"] = request.StoreId;
        }

        if (request.DeviceId is not null)
        {
            biz["terminal_id"] = request.DeviceId;
        }

        var call = await CallAsync("alipay.trade.pay", biz, ChannelOperation.Pay, includeNotifyUrl: true, cancellationToken);
        return ToTradeResult(call, request.OutTradeNo, ChannelTradeStatus.Paid);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> QueryAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var call = await CallAsync("alipay.trade.query", new JsonObject { ["out_trade_no"] = outTradeNo }, ChannelOperation.Query, false, cancellationToken);
        return ToTradeResult(call, outTradeNo, null);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> CancelAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var call = await CallAsync("alipay.trade.cancel", new JsonObject { ["out_trade_no"] = outTradeNo }, ChannelOperation.Cancel, false, cancellationToken);
        if (call.Node.ValueKind == JsonValueKind.Object && call.Outcome != ChannelOutcome.Success
            && JsonFields.String(call.Node, "retry_flag") == "Y")
        {
            // Alipay says the cancel did not go through and may be repeated as is.
            call = call with { Outcome = ChannelOutcome.Retryable };
        }

        // action=refund: the trade had been paid and was refunded; close (or no action): it was closed unpaid.
        var status = JsonFields.String(call.Node, "action") == "refund" ? ChannelTradeStatus.Refunded : ChannelTradeStatus.Closed;
        return ToTradeResult(call, outTradeNo, status);
    }

    /// <inheritdoc />
    public async Task<ChannelTradeResult> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outTradeNo);
        var call = await CallAsync("alipay.trade.close", new JsonObject { ["out_trade_no"] = outTradeNo }, ChannelOperation.Close, false, cancellationToken);
        return ToTradeResult(call, outTradeNo, ChannelTradeStatus.Closed);
    }

    /// <inheritdoc />
    public async Task<ChannelRefundResult> RefundAsync(ChannelRefundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Currency != Currency || request.RefundAmount <= 0)
        {
            return ChannelRefundResult.Failure(ChannelOutcome.DefiniteFailure, request.OutTradeNo, request.OutRefundNo, ChannelErrorCodes.InvalidRequest, "A positive CNY refund amount is required.");
        }

        var biz = new JsonObject
        {
            ["out_trade_no"] = request.OutTradeNo,
            ["refund_amount"] = AlipayAmount.Format(request.RefundAmount),
            ["out_request_no"] = request.OutRefundNo,
        };
        if (!string.IsNullOrEmpty(request.Reason))
        {
            biz["refund_reason"] = request.Reason;
        }

        var call = await CallAsync("alipay.trade.refund", biz, ChannelOperation.Refund, false, cancellationToken);
        if (call.Outcome != ChannelOutcome.Success)
        {
            return ChannelRefundResult.Failure(call.Outcome, request.OutTradeNo, request.OutRefundNo, call.ErrorCode, call.ErrorMessage, RefundStatusOf(call.Classification));
        }

        // fund_change=Y: this call moved the money. N: nothing changed now (e.g. a repeat); confirm by refund query.
        var status = JsonFields.String(call.Node, "fund_change") == "Y" ? ChannelRefundStatus.Success : ChannelRefundStatus.Processing;
        return new ChannelRefundResult(ChannelOutcome.Success, status, request.OutTradeNo, request.OutRefundNo, JsonFields.String(call.Node, "trade_no"), request.RefundAmount, Currency);
    }

    /// <inheritdoc />
    public async Task<ChannelRefundResult> QueryRefundAsync(ChannelRefundQueryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var biz = new JsonObject { ["out_trade_no"] = request.OutTradeNo, ["out_request_no"] = request.OutRefundNo };
        var call = await CallAsync("alipay.trade.fastpay.refund.query", biz, ChannelOperation.RefundQuery, false, cancellationToken);
        if (call.Outcome != ChannelOutcome.Success)
        {
            return ChannelRefundResult.Failure(call.Outcome, request.OutTradeNo, request.OutRefundNo, call.ErrorCode, call.ErrorMessage, RefundStatusOf(call.Classification));
        }

        if (call.Classification.Status == ChannelTradeStatus.NotFound)
        {
            return new ChannelRefundResult(ChannelOutcome.Success, ChannelRefundStatus.NotFound, request.OutTradeNo, request.OutRefundNo);
        }

        // Alipay answers 10000 with no refund fields when the refund does not exist.
        var amountText = JsonFields.String(call.Node, "refund_amount");
        var refundStatus = JsonFields.String(call.Node, "refund_status");
        if (string.IsNullOrEmpty(amountText) && string.IsNullOrEmpty(refundStatus))
        {
            return new ChannelRefundResult(ChannelOutcome.Success, ChannelRefundStatus.NotFound, request.OutTradeNo, request.OutRefundNo);
        }

        if (!AlipayAmount.TryParse(amountText, out var amount))
        {
            return ChannelRefundResult.Failure(ChannelOutcome.Retryable, request.OutTradeNo, request.OutRefundNo, ChannelErrorCodes.MalformedResponse, "refund_amount is not an amount.");
        }

        var status = refundStatus is null or "REFUND_SUCCESS" ? ChannelRefundStatus.Success : ChannelRefundStatus.Processing;
        return new ChannelRefundResult(ChannelOutcome.Success, status, request.OutTradeNo, request.OutRefundNo, JsonFields.String(call.Node, "trade_no"), amount, Currency);
    }

    /// <inheritdoc />
    public async Task<ChannelBillResult> GetBillAsync(ChannelBillRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var biz = new JsonObject
        {
            ["bill_type"] = "trade",
            ["bill_date"] = request.BillDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var call = await CallAsync("alipay.data.dataservice.bill.downloadurl.query", biz, ChannelOperation.Bill, false, cancellationToken);
        var url = JsonFields.String(call.Node, "bill_download_url");
        return call.Outcome == ChannelOutcome.Success && !string.IsNullOrEmpty(url)
            ? new ChannelBillResult(ChannelOutcome.Success, url)
            : new ChannelBillResult(
                call.Outcome == ChannelOutcome.Success ? ChannelOutcome.DefiniteFailure : call.Outcome,
                ErrorCode: call.ErrorCode ?? ChannelErrorCodes.MalformedResponse,
                ErrorMessage: call.ErrorMessage ?? "No bill_download_url.");
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

        // The URL is short-lived and signed by Alipay itself; the zip carries no hash of its own.
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        await BillFileDownload.CopyToAsync(_httpClient, request, _options.Timeout, destination, cancellationToken);
    }

    private static ChannelRefundStatus RefundStatusOf(ChannelClassification classification) =>
        classification.Status == ChannelTradeStatus.NotFound ? ChannelRefundStatus.NotFound : ChannelRefundStatus.Unspecified;

    private static ChannelTradeResult ToTradeResult(AlipayCall call, string outTradeNo, ChannelTradeStatus? successStatus)
    {
        var node = call.Node;
        var tradeStatus = AlipayTradeStatuses.ToChannelStatus(JsonFields.String(node, "trade_status"));
        var status = call.Outcome == ChannelOutcome.Success && call.Classification.Status == ChannelTradeStatus.Unspecified
            ? tradeStatus != ChannelTradeStatus.Unspecified ? tradeStatus : successStatus ?? ChannelTradeStatus.Unspecified
            : call.Classification.Status;
        long? amount = AlipayAmount.TryParse(JsonFields.String(node, "total_amount"), out var fen) ? fen : null;
        return new ChannelTradeResult(
            call.Outcome,
            status,
            outTradeNo,
            JsonFields.String(node, "trade_no"),
            amount,
            amount is null ? null : Currency,
            call.ErrorCode,
            call.ErrorMessage,
            JsonFields.String(node, "buyer_user_id") ?? JsonFields.String(node, "buyer_open_id"));
    }

    private async Task<AlipayCall> CallAsync(string method, JsonObject bizContent, ChannelOperation operation, bool includeNotifyUrl, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["app_id"] = _options.AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = _timeProvider.GetUtcNow().ToOffset(BeijingOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["version"] = "1.0",
            ["biz_content"] = bizContent.ToJsonString(),
        };
        if (includeNotifyUrl && _options.NotifyUrl is not null)
        {
            parameters["notify_url"] = _options.NotifyUrl.ToString();
        }

        if (_credentials.AppCertSn is not null)
        {
            parameters["app_cert_sn"] = _credentials.AppCertSn;
            parameters["alipay_root_cert_sn"] = _credentials.AlipayRootCertSn;
        }

        parameters["sign"] = _credentials.Signer.SignRequest(parameters);
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.GatewayUrl)
        {
            Content = new StringContent(AlipayFormParameters.Encode(parameters), Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        var exchange = await ChannelHttpSender.SendAsync(_httpClient, request, operation, _options.Timeout, cancellationToken);
        if (exchange.IsTransportFailure)
        {
            LogTransportFailure(method, exchange.TransportErrorCode);
            return AlipayCall.Failed(exchange.TransportOutcome!.Value, exchange.TransportErrorCode, exchange.TransportErrorMessage);
        }

        var untrusted = ChannelOperationFacts.HasEffect(operation) ? ChannelOutcome.Unknown : ChannelOutcome.Retryable;
        if (exchange.StatusCode is < 200 or >= 300)
        {
            return AlipayCall.Failed(untrusted, $"HTTP_{exchange.StatusCode}", "The gateway answered with an HTTP error.");
        }

        var verified = _credentials.ResponseVerifier.Verify(method, exchange.Body);
        if (!verified.IsValid)
        {
            LogVerificationFailure(method, verified.Failure);
            return AlipayCall.Failed(untrusted, ChannelErrorCodes.VerificationFailed, $"{verified.Failure}: {verified.Detail}");
        }

        var response = verified.Value;
        var classification = AlipayErrorClassifier.Classify(operation, response.Code, response.SubCode);
        JsonElement node;
        try
        {
            using var document = JsonDocument.Parse(response.RawJson);
            node = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return AlipayCall.Failed(untrusted, ChannelErrorCodes.MalformedResponse, "The response node is not JSON.");
        }

        var isError = response.Code != "10000";
        return new AlipayCall(
            classification.Outcome,
            classification,
            node,
            isError ? response.SubCode ?? response.Code : null,
            isError ? response.SubMessage ?? response.Message : null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alipay {Method} transport failure {ErrorCode}")]
    private partial void LogTransportFailure(string method, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alipay {Method} response failed verification: {Failure}")]
    private partial void LogVerificationFailure(string method, VerificationFailure failure);

    private sealed record AlipayCall(ChannelOutcome Outcome, ChannelClassification Classification, JsonElement Node, string? ErrorCode, string? ErrorMessage)
    {
        public static AlipayCall Failed(ChannelOutcome outcome, string? code, string? message) =>
            new(outcome, new ChannelClassification(outcome), default, code, message);
    }
}
