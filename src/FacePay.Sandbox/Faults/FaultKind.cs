namespace FacePay.Sandbox.Faults;

/// <summary>What a fault rule does when it fires.</summary>
public enum FaultKind
{
    /// <summary>Delays the answer by <see cref="FaultRule.DelayMs"/> and then answers normally.</summary>
    Latency,

    /// <summary>Answers with <see cref="FaultRule.StatusCode"/> (a 5xx from a "proxy"), unsigned plain text.</summary>
    HttpError,

    /// <summary>Aborts the connection without an answer.</summary>
    DropConnection,

    /// <summary>Holds the request for <see cref="FaultRule.DelayMs"/> (longer than the client's timeout), then aborts it.</summary>
    Timeout,

    /// <summary>
    /// The channel's system error: Alipay <c>20000</c> / <c>ACQ.SYSTEM_ERROR</c>, WeChat HTTP 500 <c>SYSTEM_ERROR</c>,
    /// signed like any answer. With <see cref="FaultRule.ApplyOperation"/> the operation took effect anyway: the
    /// "unknown outcome" case.
    /// </summary>
    SystemError,

    /// <summary>
    /// Pay answers "user paying" (Alipay <c>10003</c>, WeChat 202 <c>USERPAYING</c>); the trade succeeds after
    /// <see cref="FaultRule.Queries"/> queries.
    /// </summary>
    UserPaying,

    /// <summary>
    /// WeChat refund answers <c>PROCESSING</c>; it succeeds (money back, <c>REFUND.SUCCESS</c> notification) on the
    /// <see cref="FaultRule.Queries"/>-th refund query. Alipay refunds are synchronous and ignore this kind.
    /// </summary>
    RefundProcessing,

    /// <summary>Each notification of the trade is delivered <see cref="FaultRule.Copies"/> times.</summary>
    DuplicateNotification,

    /// <summary>
    /// The trade's next notification is held back until a later notification of the same trade has been delivered
    /// (or <see cref="FaultRule.DelayMs"/> passed): the receiver sees the later event first.
    /// </summary>
    OutOfOrderNotification,

    /// <summary>
    /// The first delivery attempt of the notification carries an amount off by <see cref="FaultRule.AmountDeltaFen"/>
    /// (correctly signed); retries carry the true amount.
    /// </summary>
    WrongAmountNotification,

    /// <summary>The first delivery attempt carries a broken signature; retries are signed correctly.</summary>
    BadSignatureNotification,

    /// <summary>
    /// The bill lists the payment of <see cref="FaultRule.OutTradeNo"/> twice (here the trade number names the line to
    /// repeat, not a filter): reconciliation's duplicate class.
    /// </summary>
    BillDuplicateLine,

    /// <summary>The bill file carries bytes that are valid neither in GBK (Alipay) nor in UTF-8 (WeChat).</summary>
    BillBadEncoding,

    /// <summary>The bill file (zip or gzip) is cut off halfway.</summary>
    BillTruncated,

    /// <summary>WeChat: the download-URL answer carries a hash that is not the bill's. Alipay bills have no hash.</summary>
    BillWrongHash,

    /// <summary>The bill lacks its 商户订单号 (out_trade_no) column.</summary>
    BillMissingColumn,
}
