namespace FacePay.Channels.Abstractions;

/// <summary>Where to download a day's trade bill.</summary>
/// <param name="Outcome">How the call ended.</param>
/// <param name="DownloadUrl">The download URL (Alipay: a zip of CSV files; WeChat: a signed GET, gzip).</param>
/// <param name="HashType">The hash algorithm of the file (WeChat: <c>SHA1</c>), when given.</param>
/// <param name="HashValue">The expected hash (hex), when given.</param>
/// <param name="ErrorCode">The channel's error code.</param>
/// <param name="ErrorMessage">The channel's error message.</param>
public sealed record ChannelBillResult(
    ChannelOutcome Outcome,
    string? DownloadUrl = null,
    string? HashType = null,
    string? HashValue = null,
    string? ErrorCode = null,
    string? ErrorMessage = null) : IChannelResult;
