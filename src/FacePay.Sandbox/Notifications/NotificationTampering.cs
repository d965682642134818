namespace FacePay.Sandbox.Notifications;

/// <summary>How a fault alters one delivery attempt.</summary>
internal sealed record NotificationTampering(long AmountDeltaFen, bool BadSignature)
{
    public static readonly NotificationTampering None = new(0, false);

    public bool IsTampered => AmountDeltaFen != 0 || BadSignature;
}
