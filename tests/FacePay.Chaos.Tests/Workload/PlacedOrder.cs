using System.Globalization;

namespace FacePay.Chaos.Tests.Workload;

/// <summary>
/// One order a shopper places, with what the merchant intends to do with it (refunds), and a journal of every
/// request and answer, so an audit failure can be traced to what the merchant saw.
/// </summary>
public sealed class PlacedOrder
{
    private readonly List<string> _journal = [];
    private DateTime _started = DateTime.UtcNow;

    public PlacedOrder(string outTradeNo, string channel, long amount, ChaosMember member, IReadOnlyList<PlannedRefund> refunds)
    {
        OutTradeNo = outTradeNo;
        Channel = channel;
        Amount = amount;
        Member = member;
        Refunds = refunds;
    }

    /// <summary>The merchant's order number.</summary>
    public string OutTradeNo { get; }

    /// <summary><c>alipay</c> or <c>wechatpay</c>.</summary>
    public string Channel { get; }

    /// <summary>The amount in fen.</summary>
    public long Amount { get; }

    /// <summary>Who pays.</summary>
    public ChaosMember Member { get; }

    /// <summary>Refunds the merchant asks for once the order is paid.</summary>
    public IReadOnlyList<PlannedRefund> Refunds { get; }

    /// <summary>Face-pay requests sent.</summary>
    public int FacePayRequests { get; set; }

    /// <summary>How long its shopper took, once done.</summary>
    public TimeSpan? ShopperTime { get; private set; }

    /// <summary>Records that the shopper is done with the order.</summary>
    public void Done() => ShopperTime = DateTime.UtcNow - _started;

    /// <summary>The journal, oldest first, each line with the seconds since the order was placed.</summary>
    public IReadOnlyList<string> Journal
    {
        get
        {
            lock (_journal)
            {
                return [.. _journal];
            }
        }
    }

    /// <summary>Records that the shopper starts on the order (journal times count from here).</summary>
    public void Start() => _started = DateTime.UtcNow;

    /// <summary>Adds a line to the journal.</summary>
    public void Note(string line)
    {
        var at = (DateTime.UtcNow - _started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        lock (_journal)
        {
            _journal.Add($"+{at}s {line}");
        }
    }
}
