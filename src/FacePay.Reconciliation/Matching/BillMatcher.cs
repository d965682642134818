using FacePay.Reconciliation.Bills;
using FacePay.Reconciliation.Ledger;

namespace FacePay.Reconciliation.Matching;

/// <summary>
/// The first pass of reconciliation: streams a bill's lines past one day's ledger and keeps only what does not
/// line up. Memory grows with the ledger and the set of trade numbers seen (to catch duplicate lines), never with
/// the bill's text. Payments the ledger lacks are held to the end, because a reversal of the same trade may come
/// later in the file: a payment reversed in full within the bill, that we never recorded as paid, nets to nothing.
/// </summary>
public sealed class BillMatcher
{
    private readonly Dictionary<string, LedgerEntry> _payments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LedgerEntry> _refunds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenPayments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenRefunds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BillRecord> _unrecordedPayments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Fen, long LineNumber)> _reversals = new(StringComparer.Ordinal);
    private readonly List<MatchFinding> _findings = [];
    private long _lines, _paymentLines, _paymentFen, _refundLines, _refundFen, _matched;

    /// <summary>Creates the matcher over one day's ledger entries (of one channel account).</summary>
    /// <param name="ledger">The entries.</param>
    public BillMatcher(IEnumerable<LedgerEntry> ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        foreach (var entry in ledger)
        {
            if (entry.Kind == LedgerEntryKind.Payment)
            {
                _payments.TryAdd(entry.ChannelOutTradeNo, entry);
            }
            else if (entry.ChannelOutRefundNo is { } refundNo)
            {
                _refunds.TryAdd(refundNo, entry);
            }
        }
    }

    /// <summary>How many bill lines were added so far.</summary>
    public long Lines => _lines;

    /// <summary>Adds one bill line.</summary>
    /// <param name="record">The line.</param>
    public void Add(BillRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _lines++;
        switch (record.Kind)
        {
            case BillRecordKind.Payment:
                _paymentLines++;
                _paymentFen += record.AmountFen;
                AddPayment(record);
                break;
            case BillRecordKind.Refund:
                _refundLines++;
                _refundFen += record.AmountFen;
                AddRefund(record);
                break;
            default:
                _refundLines++;
                _refundFen += record.AmountFen;
                var (fen, _) = _reversals.GetValueOrDefault(record.ChannelOutTradeNo);
                _reversals[record.ChannelOutTradeNo] = (fen + record.AmountFen, record.LineNumber);
                break;
        }
    }

    /// <summary>Ends the pass: nets reversals, and reports ledger entries the bill never listed.</summary>
    /// <returns>The result.</returns>
    public MatchResult Complete()
    {
        foreach (var (tradeNo, reversal) in _reversals)
        {
            if (_payments.TryGetValue(tradeNo, out var paidHere))
            {
                _findings.Add(new MatchFinding(FindingKind.ReversedButPaidHere, tradeNo, null, reversal.Fen, paidHere, reversal.LineNumber));
            }
            else if (_unrecordedPayments.TryGetValue(tradeNo, out var payment) && payment.AmountFen == reversal.Fen)
            {
                // Charged and given back in full within the day, and never paid in our books: nothing to settle.
                _unrecordedPayments.Remove(tradeNo);
                _matched += 2;
            }
            else if (!_unrecordedPayments.ContainsKey(tradeNo))
            {
                _findings.Add(new MatchFinding(FindingKind.ReversalNotInLedger, tradeNo, null, reversal.Fen, null, reversal.LineNumber));
            }
            else
            {
                // A partial reversal of a payment we lack: the payment finding below covers it.
                _matched++;
            }
        }

        foreach (var payment in _unrecordedPayments.Values.OrderBy(p => p.LineNumber))
        {
            _findings.Add(new MatchFinding(FindingKind.BillPaymentNotInLedger, payment.ChannelOutTradeNo, null, payment.AmountFen, null, payment.LineNumber));
        }

        foreach (var entry in _payments.Values.Where(e => !_seenPayments.Contains(e.ChannelOutTradeNo)))
        {
            _findings.Add(new MatchFinding(FindingKind.LedgerPaymentNotInBill, entry.ChannelOutTradeNo, null, null, entry, null));
        }

        foreach (var entry in _refunds.Values.Where(e => !_seenRefunds.Contains(e.ChannelOutRefundNo!)))
        {
            _findings.Add(new MatchFinding(FindingKind.LedgerRefundNotInBill, entry.ChannelOutTradeNo, entry.ChannelOutRefundNo, null, entry, null));
        }

        return new MatchResult(
            new BillTotals(_lines, _paymentLines, _paymentFen, _refundLines, _refundFen),
            _payments.Count + _refunds.Count,
            _matched,
            [.. _findings]);
    }

    private void AddPayment(BillRecord record)
    {
        var tradeNo = record.ChannelOutTradeNo;
        if (!_seenPayments.Add(tradeNo))
        {
            _findings.Add(new MatchFinding(FindingKind.DuplicateBillLine, tradeNo, null, record.AmountFen, _payments.GetValueOrDefault(tradeNo), record.LineNumber));
            return;
        }

        if (!_payments.TryGetValue(tradeNo, out var entry))
        {
            _unrecordedPayments[tradeNo] = record;
            return;
        }

        if (entry.Amount.MinorUnits == record.AmountFen)
        {
            _matched++;
        }
        else
        {
            _findings.Add(new MatchFinding(FindingKind.PaymentAmountDiffers, tradeNo, null, record.AmountFen, entry, record.LineNumber));
        }
    }

    private void AddRefund(BillRecord record)
    {
        var refundNo = record.ChannelOutRefundNo ?? string.Empty;
        if (!_seenRefunds.Add(refundNo))
        {
            _findings.Add(new MatchFinding(FindingKind.DuplicateBillLine, record.ChannelOutTradeNo, refundNo, record.AmountFen, _refunds.GetValueOrDefault(refundNo), record.LineNumber));
            return;
        }

        if (!_refunds.TryGetValue(refundNo, out var entry))
        {
            _findings.Add(new MatchFinding(FindingKind.BillRefundNotInLedger, record.ChannelOutTradeNo, refundNo, record.AmountFen, null, record.LineNumber));
            return;
        }

        if (entry.Amount.MinorUnits == record.AmountFen)
        {
            _matched++;
        }
        else
        {
            _findings.Add(new MatchFinding(FindingKind.RefundAmountDiffers, record.ChannelOutTradeNo, refundNo, record.AmountFen, entry, record.LineNumber));
        }
    }
}
