namespace FacePay.Client.Operations;

/// <summary>One channel's reconciliation of one day.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Date">The bill date, <c>yyyy-MM-dd</c> (Beijing).</param>
/// <param name="Phase">Where the run is (<c>Idle</c> when never run).</param>
/// <param name="Error">Why the last run failed.</param>
/// <param name="RunNumber">The last report's run number.</param>
/// <param name="Matched">Matched lines.</param>
/// <param name="Discrepancies">Discrepancies found.</param>
/// <param name="Open">Discrepancies left open.</param>
/// <param name="Repaired">Discrepancies repaired.</param>
/// <param name="Clean">Whether the last report is clean.</param>
/// <param name="CompletedAt">When the last report completed.</param>
public sealed record ReconciliationLine(
    string Channel, string Date, string Phase, string? Error, int? RunNumber, long? Matched, int? Discrepancies, int? Open, int? Repaired, bool? Clean, DateTimeOffset? CompletedAt);
