using FacePay.Domain.Operations;

namespace FacePay.Client.Operations;

/// <summary>Face checks over the silos' figures window.</summary>
/// <param name="Checked">Images analysed.</param>
/// <param name="Accepted">Accepted.</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="Busy">Refused at capacity.</param>
/// <param name="Latency">Pipeline time percentiles, ms.</param>
/// <param name="Rejections">Rejections by reason.</param>
public sealed record FaceCheckHealth(long Checked, long Accepted, long Rejected, long Busy, LatencySummary Latency, IReadOnlyDictionary<string, long> Rejections);
