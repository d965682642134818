using FacePay.Sandbox.Discrepancies;

namespace FacePay.Sandbox.Trades;

public sealed partial class SandboxTradeStore
{
    /// <summary>
    /// Changes the channel's records silently (see <see cref="ChannelDiscrepancyKind"/>): nothing is published, so no
    /// notification tells the merchant; only queries and the next bill show the change.
    /// </summary>
    /// <param name="change">The change, already validated.</param>
    /// <returns>The trade after the change, or why it could not be made.</returns>
    public ChannelDiscrepancyResult Apply(ChannelDiscrepancy change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var problems = change.Validate();
        if (problems.Count > 0)
        {
            return new ChannelDiscrepancyResult(null, string.Join(" ", problems));
        }

        lock (_gate)
        {
            var found = _trades.TryGetValue((change.Channel, change.OutTradeNo), out var trade) && !trade.IsTombstone;
            if (change.Kind == ChannelDiscrepancyKind.SilentCharge)
            {
                return SilentCharge(change, found ? trade : null);
            }

            if (!found || trade!.Status != SandboxTradeStatus.Success)
            {
                return new ChannelDiscrepancyResult(null, $"No paid trade {change.OutTradeNo} on {change.Channel}.");
            }

            var now = _time.GetUtcNow();
            switch (change.Kind)
            {
                case ChannelDiscrepancyKind.SilentVoid:
                    Credit(trade.PayerCode, trade.PaidFen);
                    trade.Status = SandboxTradeStatus.Closed;
                    trade.PaidFen = 0;
                    trade.PaidAt = null;
                    trade.ClosedAt = now;
                    break;
                case ChannelDiscrepancyKind.ChangeAmount:
                    trade.AmountFen = change.AmountFen!.Value;
                    trade.PaidFen = change.AmountFen.Value;
                    break;
                case ChannelDiscrepancyKind.SilentReversal:
                    var remaining = trade.AmountFen - trade.RefundedFen;
                    trade.ReversedFen = remaining;
                    Credit(trade.PayerCode, remaining);
                    trade.Status = SandboxTradeStatus.Revoked;
                    trade.ClosedAt = now;
                    break;
                case ChannelDiscrepancyKind.SilentRefund:
                    var amount = change.AmountFen!.Value;
                    if (amount > trade.AmountFen - trade.CommittedRefundFen)
                    {
                        return new ChannelDiscrepancyResult(null, "The refund exceeds what is left of the trade.");
                    }

                    var refundNo = change.OutRefundNo ?? "SILENT" + (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (trade.Refunds.Exists(r => r.OutRefundNo == refundNo))
                    {
                        return new ChannelDiscrepancyResult(null, $"Refund {refundNo} already exists.");
                    }

                    trade.Refunds.Add(new SandboxRefundSnapshot(refundNo, NewRefundId(change.Channel, now), amount, "silent", now, now, null));
                    Credit(trade.PayerCode, amount);
                    break;
                case ChannelDiscrepancyKind.ForgetRefund:
                    if (trade.Refunds.RemoveAll(r => r.OutRefundNo == change.OutRefundNo && r.Status == SandboxRefundStatus.Success) == 0)
                    {
                        return new ChannelDiscrepancyResult(null, $"No succeeded refund {change.OutRefundNo} on {change.OutTradeNo}.");
                    }

                    break;
            }

            return new ChannelDiscrepancyResult(SnapshotOf(trade), null);
        }
    }

    private ChannelDiscrepancyResult SilentCharge(ChannelDiscrepancy change, Trade? trade)
    {
        var now = _time.GetUtcNow();
        if (trade is null)
        {
            if (change.AmountFen is not { } amount)
            {
                return new ChannelDiscrepancyResult(null, "amountFen is required to create a trade.");
            }

            trade = new Trade
            {
                Sequence = ++_sequence,
                Channel = change.Channel,
                OutTradeNo = change.OutTradeNo,
                TradeNo = NewTradeNo(change.Channel, now),
                AmountFen = amount,
                Currency = "CNY",
                Description = "silent charge",
                PayerCode = "silent:" + change.OutTradeNo,
                BuyerId = BuyerIdFor(change.Channel, "silent:" + change.OutTradeNo),
                Fingerprint = string.Empty,
                CreatedAt = now,
                Status = SandboxTradeStatus.UserPaying,
            };
            _trades[(change.Channel, change.OutTradeNo)] = trade;
        }
        else if (trade.Status == SandboxTradeStatus.Success)
        {
            return new ChannelDiscrepancyResult(null, $"Trade {change.OutTradeNo} is already paid.");
        }
        else if (change.AmountFen is { } amount)
        {
            trade.AmountFen = amount;
        }

        trade.ReversedFen = 0;
        trade.ClosedAt = null;
        trade.QueriesUntilSuccess = 0;
        Settle(trade, now);
        return new ChannelDiscrepancyResult(SnapshotOf(trade), null);
    }
}
