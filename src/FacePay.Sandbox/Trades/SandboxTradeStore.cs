using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FacePay.Sandbox.Trades;

/// <summary>
/// The sandbox's trades and refunds, in memory and thread-safe; idempotent by <c>out_trade_no</c> and by refund
/// number the way the channels are. Also holds payer balances and the call counters tests audit.
/// </summary>
public sealed partial class SandboxTradeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(SandboxChannel, string), Trade> _trades = [];
    private readonly Dictionary<(SandboxChannel, string), int> _payCalls = [];
    private readonly Dictionary<string, Trade> _wechatRefundOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _balances = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ITradeEventSink _events;
    private long _defaultBalanceFen;
    private long _sequence;

    internal SandboxTradeStore(long defaultBalanceFen, TimeProvider time, ITradeEventSink events)
    {
        _defaultBalanceFen = defaultBalanceFen;
        _time = time;
        _events = events;
    }

    /// <summary>Sets the balance of a payer code (auth code, face token, or <c>agreement:&lt;no&gt;</c>).</summary>
    /// <param name="payerCode">The payer code as sent in pay requests (agreements: prefix <c>agreement:</c>).</param>
    /// <param name="balanceFen">The balance in fen.</param>
    public void SetBalance(string payerCode, long balanceFen)
    {
        ArgumentException.ThrowIfNullOrEmpty(payerCode);
        ArgumentOutOfRangeException.ThrowIfNegative(balanceFen);
        lock (_gate)
        {
            _balances[payerCode] = balanceFen;
        }
    }

    /// <summary>Sets the balance every payer code without its own balance starts with.</summary>
    /// <param name="balanceFen">The balance in fen.</param>
    public void SetDefaultBalance(long balanceFen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(balanceFen);
        lock (_gate)
        {
            _defaultBalanceFen = balanceFen;
        }
    }

    /// <summary>Finds a trade.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="outTradeNo">The merchant order number.</param>
    /// <returns>The trade, or null.</returns>
    public SandboxTradeSnapshot? Find(SandboxChannel channel, string outTradeNo)
    {
        lock (_gate)
        {
            return _trades.TryGetValue((channel, outTradeNo), out var trade) ? SnapshotOf(trade) : null;
        }
    }

    /// <summary>All trades, oldest first.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxTradeSnapshot> All()
    {
        lock (_gate)
        {
            return [.. _trades.Values.OrderBy(t => t.Sequence).Select(t => SnapshotOf(t))];
        }
    }

    /// <summary>Pay requests seen per <c>out_trade_no</c> (including rejected ones that created no trade).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="outTradeNo">The merchant order number.</param>
    /// <returns>The count.</returns>
    public int PayCalls(SandboxChannel channel, string outTradeNo)
    {
        lock (_gate)
        {
            return _payCalls.GetValueOrDefault((channel, outTradeNo));
        }
    }

    /// <summary>Pay requests per <c>out_trade_no</c>, including numbers whose pay was refused before a trade existed.</summary>
    /// <returns>A snapshot.</returns>
    public IReadOnlyList<SandboxPayCallCount> PayCallCounts()
    {
        lock (_gate)
        {
            return [.. _payCalls.Select(p => new SandboxPayCallCount(p.Key.Item1, p.Key.Item2, p.Value, _trades.ContainsKey(p.Key)))
                .OrderBy(p => p.Channel).ThenBy(p => p.OutTradeNo, StringComparer.Ordinal)];
        }
    }

    /// <summary>Totals per channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The totals.</returns>
    public SandboxChannelTotals Totals(SandboxChannel channel)
    {
        lock (_gate)
        {
            var trades = _trades.Values.Where(t => t.Channel == channel).ToList();
            return new SandboxChannelTotals(
                channel,
                trades.Count,
                trades.Count(t => t.PaidFen > 0),
                trades.Sum(t => t.PaidFen),
                trades.Sum(t => t.RefundedFen),
                _payCalls.Where(p => p.Key.Item1 == channel).Sum(p => p.Value));
        }
    }

    /// <summary>Forgets every trade, refund, counter and balance.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _trades.Clear();
            _payCalls.Clear();
            _wechatRefundOwners.Clear();
            _balances.Clear();
        }
    }

    internal void CountPayCall(SandboxChannel channel, string outTradeNo)
    {
        lock (_gate)
        {
            _payCalls[(channel, outTradeNo)] = _payCalls.GetValueOrDefault((channel, outTradeNo)) + 1;
        }
    }

    internal TradeResult Pay(PayCommand command)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            if (_trades.TryGetValue((command.Channel, command.OutTradeNo), out var existing))
            {
                result = existing.Fingerprint != command.Fingerprint && !existing.IsTombstone
                    ? new TradeResult(TradeOutcome.Inconsistent, SnapshotOf(existing))
                    : existing.Status switch
                    {
                        SandboxTradeStatus.Success => new TradeResult(TradeOutcome.AlreadyPaid, SnapshotOf(existing)),
                        SandboxTradeStatus.UserPaying => new TradeResult(TradeOutcome.UserPaying, SnapshotOf(existing)),
                        _ => new TradeResult(TradeOutcome.TradeClosed, SnapshotOf(existing)),
                    };
                return result;
            }

            if (!PayerCodes.IsValid(command.Channel, command.PayerCode))
            {
                return TradeResult.Of(TradeOutcome.InvalidPayerCode);
            }

            if (Balance(command.PayerCode) < command.AmountFen)
            {
                return TradeResult.Of(TradeOutcome.InsufficientBalance);
            }

            var now = _time.GetUtcNow();
            var trade = new Trade
            {
                Sequence = ++_sequence,
                Channel = command.Channel,
                OutTradeNo = command.OutTradeNo,
                TradeNo = NewTradeNo(command.Channel, now),
                AmountFen = command.AmountFen,
                Currency = command.Currency,
                Description = command.Description,
                PayerCode = command.PayerCode,
                BuyerId = BuyerIdFor(command.Channel, command.PayerCode),
                NotifyUrl = command.NotifyUrl,
                Fingerprint = command.Fingerprint,
                CreatedAt = now,
                Status = SandboxTradeStatus.UserPaying,
                QueriesUntilSuccess = command.UserPayingQueries,
            };
            _trades[(command.Channel, command.OutTradeNo)] = trade;
            if (command.UserPayingQueries > 0)
            {
                result = new TradeResult(TradeOutcome.UserPaying, SnapshotOf(trade), Changed: true);
            }
            else
            {
                Settle(trade, now);
                var snapshot = SnapshotOf(trade);
                published = new TradeEvent(TradeEventKind.TradePaid, snapshot, null);
                result = new TradeResult(TradeOutcome.Ok, snapshot, Changed: true);
            }
        }

        Publish(published);
        return result;
    }

    internal TradeResult Query(SandboxChannel channel, string outTradeNo)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            if (!_trades.TryGetValue((channel, outTradeNo), out var trade) || trade.IsTombstone)
            {
                return TradeResult.Of(TradeOutcome.NotFound);
            }

            trade.QueryCalls++;
            if (trade.Status == SandboxTradeStatus.UserPaying && trade.QueriesUntilSuccess > 0 && --trade.QueriesUntilSuccess == 0)
            {
                if (Balance(trade.PayerCode) < trade.AmountFen)
                {
                    trade.Status = SandboxTradeStatus.Closed;
                    trade.ClosedAt = _time.GetUtcNow();
                }
                else
                {
                    Settle(trade, _time.GetUtcNow());
                    published = new TradeEvent(TradeEventKind.TradePaid, SnapshotOf(trade), null);
                }
            }

            result = new TradeResult(TradeOutcome.Ok, SnapshotOf(trade));
        }

        Publish(published);
        return result;
    }

    /// <summary>Alipay cancel / WeChat reverse: closes an unpaid trade, refunds a paid one in full.</summary>
    internal TradeResult Cancel(SandboxChannel channel, string outTradeNo)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!_trades.TryGetValue((channel, outTradeNo), out var trade))
            {
                if (channel == SandboxChannel.WechatPay)
                {
                    return TradeResult.Of(TradeOutcome.NotFound);
                }

                // Alipay answers a cancel of a trade it has not seen with action=close and remembers the number, so a
                // pay request that was still in flight cannot succeed afterwards.
                trade = new Trade
                {
                    Sequence = ++_sequence,
                    Channel = channel,
                    OutTradeNo = outTradeNo,
                    TradeNo = string.Empty,
                    Currency = "CNY",
                    Description = string.Empty,
                    PayerCode = string.Empty,
                    BuyerId = string.Empty,
                    Fingerprint = string.Empty,
                    CreatedAt = now,
                    Status = SandboxTradeStatus.Revoked,
                    ClosedAt = now,
                    IsTombstone = true,
                };
                _trades[(channel, outTradeNo)] = trade;
                return new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), Changed: true);
            }

            var changed = false;
            if (trade.Status == SandboxTradeStatus.Success)
            {
                var remaining = trade.AmountFen - trade.RefundedFen;
                trade.ReversedFen = remaining;
                Credit(trade.PayerCode, remaining);
                changed = true;
            }

            if (trade.Status is SandboxTradeStatus.Success or SandboxTradeStatus.UserPaying)
            {
                trade.Status = SandboxTradeStatus.Revoked;
                trade.ClosedAt = now;
                changed = true;
                published = new TradeEvent(TradeEventKind.TradeClosed, SnapshotOf(trade), null);
            }

            result = new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), Changed: changed);
        }

        Publish(published);
        return result;
    }

    internal TradeResult Close(SandboxChannel channel, string outTradeNo)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            if (!_trades.TryGetValue((channel, outTradeNo), out var trade) || trade.IsTombstone)
            {
                return TradeResult.Of(TradeOutcome.NotFound);
            }

            switch (trade.Status)
            {
                case SandboxTradeStatus.Success:
                    return new TradeResult(TradeOutcome.AlreadyPaid, SnapshotOf(trade));
                case SandboxTradeStatus.UserPaying:
                    trade.Status = SandboxTradeStatus.Closed;
                    trade.ClosedAt = _time.GetUtcNow();
                    published = new TradeEvent(TradeEventKind.TradeClosed, SnapshotOf(trade), null);
                    result = new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), Changed: true);
                    break;
                default:
                    result = new TradeResult(TradeOutcome.Ok, SnapshotOf(trade));
                    break;
            }
        }

        Publish(published);
        return result;
    }

    internal TradeResult Refund(SandboxChannel channel, string outTradeNo, string outRefundNo, long amountFen, string? reason, string? notifyUrl, int processingQueries = 0)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            if (channel == SandboxChannel.WechatPay && _wechatRefundOwners.TryGetValue(outRefundNo, out var owner) && owner.OutTradeNo != outTradeNo)
            {
                return new TradeResult(TradeOutcome.Inconsistent, SnapshotOf(owner));
            }

            if (!_trades.TryGetValue((channel, outTradeNo), out var trade) || trade.IsTombstone)
            {
                return TradeResult.Of(TradeOutcome.NotFound);
            }

            var existing = trade.Refunds.Find(r => r.OutRefundNo == outRefundNo);
            if (existing is not null)
            {
                return existing.AmountFen == amountFen
                    ? new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), existing)
                    : new TradeResult(TradeOutcome.Inconsistent, SnapshotOf(trade), existing);
            }

            if (trade.Status != SandboxTradeStatus.Success)
            {
                return new TradeResult(trade.Status == SandboxTradeStatus.UserPaying ? TradeOutcome.NotPaid : TradeOutcome.TradeClosed, SnapshotOf(trade));
            }

            if (amountFen <= 0 || amountFen > trade.AmountFen - trade.CommittedRefundFen)
            {
                return new TradeResult(TradeOutcome.AmountExceeded, SnapshotOf(trade));
            }

            var now = _time.GetUtcNow();
            var processing = processingQueries > 0;
            var refund = new SandboxRefundSnapshot(
                outRefundNo,
                NewRefundId(channel, now),
                amountFen,
                reason,
                now,
                processing ? null : now,
                notifyUrl,
                processing ? SandboxRefundStatus.Processing : SandboxRefundStatus.Success);
            trade.Refunds.Add(refund);
            if (channel == SandboxChannel.WechatPay)
            {
                _wechatRefundOwners[outRefundNo] = trade;
            }

            if (processing)
            {
                trade.RefundQueriesUntilSuccess[outRefundNo] = processingQueries;
                return new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), refund, Changed: true);
            }

            Credit(trade.PayerCode, amountFen);
            var snapshot = SnapshotOf(trade);
            published = new TradeEvent(TradeEventKind.RefundSucceeded, snapshot, refund);
            result = new TradeResult(TradeOutcome.Ok, snapshot, refund, Changed: true);
        }

        Publish(published);
        return result;
    }

    internal TradeResult FindRefund(SandboxChannel channel, string? outTradeNo, string outRefundNo)
    {
        TradeEvent? published = null;
        TradeResult result;
        lock (_gate)
        {
            Trade? trade;
            if (outTradeNo is null)
            {
                if (!_wechatRefundOwners.TryGetValue(outRefundNo, out trade))
                {
                    return TradeResult.Of(TradeOutcome.NotFound);
                }
            }
            else if (!_trades.TryGetValue((channel, outTradeNo), out trade) || trade.IsTombstone)
            {
                return TradeResult.Of(TradeOutcome.NotFound);
            }

            var index = trade.Refunds.FindIndex(r => r.OutRefundNo == outRefundNo);
            if (index < 0)
            {
                return new TradeResult(TradeOutcome.NotFound, SnapshotOf(trade));
            }

            var refund = trade.Refunds[index];
            if (refund.Status == SandboxRefundStatus.Processing
                && trade.RefundQueriesUntilSuccess.TryGetValue(outRefundNo, out var left)
                && (trade.RefundQueriesUntilSuccess[outRefundNo] = left - 1) <= 0)
            {
                // The refund settles on this query: money goes back and the refund notification follows.
                trade.RefundQueriesUntilSuccess.Remove(outRefundNo);
                refund = refund with { Status = SandboxRefundStatus.Success, SucceededAt = _time.GetUtcNow() };
                trade.Refunds[index] = refund;
                Credit(trade.PayerCode, refund.AmountFen);
                published = new TradeEvent(TradeEventKind.RefundSucceeded, SnapshotOf(trade), refund);
            }

            result = new TradeResult(TradeOutcome.Ok, SnapshotOf(trade), refund);
        }

        Publish(published);
        return result;
    }

    private long Balance(string payerCode) => _balances.TryGetValue(payerCode, out var balance) ? balance : _defaultBalanceFen;

    private void Credit(string payerCode, long fen) => _balances[payerCode] = Balance(payerCode) + fen;

    private void Settle(Trade trade, DateTimeOffset now)
    {
        _balances[trade.PayerCode] = Balance(trade.PayerCode) - trade.AmountFen;
        trade.Status = SandboxTradeStatus.Success;
        trade.PaidFen = trade.AmountFen;
        trade.PaidAt = now;
    }

    private SandboxTradeSnapshot SnapshotOf(Trade trade) => trade.Snapshot(_payCalls.GetValueOrDefault((trade.Channel, trade.OutTradeNo)));

    private void Publish(TradeEvent? tradeEvent)
    {
        if (tradeEvent is not null)
        {
            _events.Publish(tradeEvent);
        }
    }

    private string NewTradeNo(SandboxChannel channel, DateTimeOffset now)
    {
        var date = now.ToOffset(BeijingTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var sequence = _sequence.ToString("D14", CultureInfo.InvariantCulture);
        return channel == SandboxChannel.Alipay ? $"{date}22001{sequence}0" : $"4200{date}{sequence}00";
    }

    private string NewRefundId(SandboxChannel channel, DateTimeOffset now)
    {
        var date = now.ToOffset(BeijingTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var sequence = (++_sequence).ToString("D14", CultureInfo.InvariantCulture);
        return channel == SandboxChannel.Alipay ? $"{date}{sequence}R" : $"5030{date}{sequence}00";
    }

    private static string BuyerIdFor(SandboxChannel channel, string payerCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(payerCode));
        if (channel == SandboxChannel.Alipay)
        {
            var digits = string.Concat(hash.Take(12).Select(b => (char)('0' + (b % 10))));
            return "2088" + digits;
        }

        return "o" + Convert.ToBase64String(hash)[..27].Replace('+', '-').Replace('/', '_');
    }

    private sealed class Trade
    {
        public long Sequence { get; init; }

        public SandboxChannel Channel { get; init; }

        public required string OutTradeNo { get; init; }

        public required string TradeNo { get; init; }

        public long AmountFen { get; set; }

        public required string Currency { get; init; }

        public required string Description { get; init; }

        public required string PayerCode { get; init; }

        public required string BuyerId { get; init; }

        public string? NotifyUrl { get; init; }

        public required string Fingerprint { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public bool IsTombstone { get; init; }

        public SandboxTradeStatus Status { get; set; }

        public int QueriesUntilSuccess { get; set; }

        public int QueryCalls { get; set; }

        public long PaidFen { get; set; }

        public long ReversedFen { get; set; }

        public DateTimeOffset? PaidAt { get; set; }

        public DateTimeOffset? ClosedAt { get; set; }

        public List<SandboxRefundSnapshot> Refunds { get; } = [];

        public long RefundedFen => Refunds.Where(r => r.Status == SandboxRefundStatus.Success).Sum(r => r.AmountFen) + ReversedFen;

        /// <summary>Refunds accepted, settled or not: what can no longer be refunded.</summary>
        public long CommittedRefundFen => Refunds.Sum(r => r.AmountFen) + ReversedFen;

        public Dictionary<string, int> RefundQueriesUntilSuccess { get; } = new(StringComparer.Ordinal);

        public SandboxTradeSnapshot Snapshot(int payCalls) => new(
            Channel,
            OutTradeNo,
            TradeNo,
            AmountFen,
            Currency,
            Description,
            Status,
            ChannelStatus(),
            PaidFen,
            RefundedFen,
            payCalls,
            QueryCalls,
            BuyerId,
            PayerCode,
            NotifyUrl,
            CreatedAt,
            PaidAt,
            ClosedAt,
            [.. Refunds]);

        private string ChannelStatus() => (Channel, Status) switch
        {
            (SandboxChannel.Alipay, SandboxTradeStatus.UserPaying) => "WAIT_BUYER_PAY",
            (SandboxChannel.Alipay, SandboxTradeStatus.Success) => RefundedFen >= AmountFen ? "TRADE_CLOSED" : "TRADE_SUCCESS",
            (SandboxChannel.Alipay, _) => "TRADE_CLOSED",
            (_, SandboxTradeStatus.UserPaying) => "USERPAYING",
            (_, SandboxTradeStatus.Success) => Refunds.Count > 0 ? "REFUND" : "SUCCESS",
            (_, SandboxTradeStatus.Closed) => "CLOSED",
            _ => "REVOKED",
        };
    }
}
