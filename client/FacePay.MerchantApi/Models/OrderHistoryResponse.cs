using FacePay.Domain;

namespace FacePay.MerchantApi.Models;

/// <summary>One change in an order's life.</summary>
/// <param name="Version">The order version the change produced.</param>
/// <param name="At">When.</param>
/// <param name="Source">Who or what caused it (<c>Api</c>, <c>ChannelResponse</c>, <c>ChannelNotification</c>, ...).</param>
/// <param name="Kind">What happened.</param>
/// <param name="FromState">The state before.</param>
/// <param name="ToState">The state after.</param>
/// <param name="Detail">Short detail (codes, numbers).</param>
public sealed record OrderHistoryResponse(long Version, DateTimeOffset At, string Source, string Kind, string FromState, string ToState, string? Detail)
{
    /// <summary>Maps a history entry.</summary>
    public static OrderHistoryResponse From(OrderHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Version, entry.At, entry.Source.ToString(), entry.Kind.ToString(), entry.From.ToString(), entry.To.ToString(), entry.Detail);
    }
}
