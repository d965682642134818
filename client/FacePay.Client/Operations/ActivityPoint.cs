namespace FacePay.Client.Operations;

/// <summary>One timeline bucket: counts by activity (<c>Created</c>, <c>Paid</c>, …) and by channel.</summary>
/// <param name="Start">The bucket's start.</param>
/// <param name="Activities">Counts by activity.</param>
/// <param name="Channels">Counts by channel (<c>Alipay</c>, <c>WechatPay</c>, <c>Unknown</c>), then by activity.</param>
public sealed record ActivityPoint(
    DateTimeOffset Start,
    IReadOnlyDictionary<string, long> Activities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Channels);
