namespace FacePay.Channels.Abstractions;

/// <summary>What a channel's result code means for the caller.</summary>
/// <param name="Outcome">The outcome class.</param>
/// <param name="Status">The trade status the code implies, or <see cref="ChannelTradeStatus.Unspecified"/>.</param>
public sealed record ChannelClassification(ChannelOutcome Outcome, ChannelTradeStatus Status = ChannelTradeStatus.Unspecified);
