namespace FacePay.Domain.Webhooks;

/// <summary>What <see cref="WebhookDeliveryLedger.Accept"/> did with an event.</summary>
public enum WebhookAcceptance
{
    /// <summary>New event: queued for an immediate first attempt.</summary>
    Queued = 1,

    /// <summary>Already delivered, queued or dead-lettered: nothing changed.</summary>
    Duplicate = 2,

    /// <summary>The backlog is full: the event went straight to the dead letters so it is not lost silently.</summary>
    DeadLettered = 3,
}
