namespace FacePay.Sandbox.Trades;

/// <summary>A pay request, channel-neutral. <paramref name="Fingerprint"/> holds what must be equal on a retry.</summary>
internal sealed record PayCommand(
    SandboxChannel Channel,
    string OutTradeNo,
    long AmountFen,
    string Currency,
    string Description,
    string PayerCode,
    string? NotifyUrl,
    string Fingerprint,
    int UserPayingQueries);
