using FacePay.Domain.Events;
using FacePay.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static FacePay.Domain.Tests.TestOrders;

namespace FacePay.Domain.Tests.Webhooks;

public sealed class WebhookDeliveryLedgerTests : IDisposable
{
    private static readonly WebhookRetrySchedule TwoRetries = new([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)]);
    private static readonly WebhookLedgerLimits Limits = WebhookLedgerLimits.Default;
    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer().BuildServiceProvider();

    private static WebhookPayload Payload(long version = 1) =>
        WebhookPayload.Create(new OrderClosed(Key, version, T0, ChangeSource.Api, CloseReason.MerchantRequest));

    [Fact]
    public void A_new_event_is_due_at_once()
    {
        var ledger = new WebhookDeliveryLedger();

        Assert.Equal(WebhookAcceptance.Queued, ledger.Accept(Payload(), T0, Limits));

        var due = Assert.Single(ledger.Due(T0, 10));
        Assert.Equal(0, due.Attempts);
        Assert.Equal(T0, ledger.NextAttemptAt);
    }

    [Fact]
    public void Redelivered_event_is_a_duplicate_while_pending_after_delivery_and_when_dead()
    {
        var ledger = new WebhookDeliveryLedger();
        ledger.Accept(Payload(1), T0, Limits);
        ledger.Accept(Payload(2), T0, Limits);
        ledger.RecordDelivered(Payload(2).EventId, T0, Limits);
        ledger.Accept(Payload(3), T0, Limits);
        ledger.RecordFailure(Payload(3).EventId, "HTTP 500", T0, new WebhookRetrySchedule([]), Limits);

        Assert.Equal(WebhookAcceptance.Duplicate, ledger.Accept(Payload(1), T0, Limits));
        Assert.Equal(WebhookAcceptance.Duplicate, ledger.Accept(Payload(2), T0, Limits));
        Assert.Equal(WebhookAcceptance.Duplicate, ledger.Accept(Payload(3), T0, Limits));
        Assert.Single(ledger.Pending);
        Assert.Equal(3, ledger.AcceptedCount);
        Assert.Equal(3, ledger.DuplicateCount);
    }

    [Fact]
    public void Failures_follow_the_schedule_then_dead_letter_with_the_same_payload()
    {
        var ledger = new WebhookDeliveryLedger();
        var payload = Payload();
        ledger.Accept(payload, T0, Limits);

        var first = ledger.RecordFailure(payload.EventId, "HTTP 503", T0, TwoRetries, Limits);
        Assert.Equal(new WebhookFailureOutcome(false, T0.AddMinutes(1)), first);
        Assert.Empty(ledger.Due(T0.AddSeconds(59), 10));
        var second = ledger.RecordFailure(payload.EventId, "HTTP 503", T0.AddMinutes(1), TwoRetries, Limits);
        Assert.Equal(new WebhookFailureOutcome(false, T0.AddMinutes(6)), second);
        var third = ledger.RecordFailure(payload.EventId, "timeout", T0.AddMinutes(6), TwoRetries, Limits);

        Assert.Equal(new WebhookFailureOutcome(true, null), third);
        Assert.Empty(ledger.Pending);
        var dead = Assert.Single(ledger.DeadLetters);
        Assert.Same(payload, dead.Payload);
        Assert.Equal(3, dead.Attempts);
        Assert.Equal("timeout", dead.LastFailure);
        Assert.Equal(3, ledger.FailedAttemptCount);
        Assert.Equal(1, ledger.DeadLetteredCount);
    }

    [Fact]
    public void Replay_requeues_the_stored_payload_for_an_immediate_attempt()
    {
        var ledger = new WebhookDeliveryLedger();
        var payload = Payload();
        ledger.Accept(payload, T0, Limits);
        ledger.RecordFailure(payload.EventId, "HTTP 500", T0, new WebhookRetrySchedule([]), Limits);

        Assert.True(ledger.Replay(payload.EventId, T0.AddDays(2)));

        var due = Assert.Single(ledger.Due(T0.AddDays(2), 10));
        Assert.Same(payload, due.Payload);
        Assert.Empty(ledger.DeadLetters);
        Assert.False(ledger.Replay(payload.EventId, T0.AddDays(2)));
        Assert.True(ledger.RecordDelivered(payload.EventId, T0.AddDays(2), Limits));
        Assert.True(ledger.WasDelivered(payload.EventId));
    }

    [Fact]
    public void Results_for_events_not_pending_change_nothing()
    {
        var ledger = new WebhookDeliveryLedger();
        ledger.Accept(Payload(), T0, Limits);
        ledger.RecordDelivered(Payload().EventId, T0, Limits);

        Assert.False(ledger.RecordDelivered(Payload().EventId, T0, Limits));
        Assert.Null(ledger.RecordFailure(Payload().EventId, "HTTP 500", T0, TwoRetries, Limits));
        Assert.Equal(1, ledger.DeliveredCount);
        Assert.Equal(0, ledger.FailedAttemptCount);
    }

    [Fact]
    public void Sets_stay_within_their_bounds()
    {
        var limits = new WebhookLedgerLimits(MaxPending: 2, MaxDeadLetters: 2, MaxRememberedDeliveries: 2);
        var ledger = new WebhookDeliveryLedger();
        for (var version = 1; version <= 4; version++)
        {
            ledger.Accept(Payload(version), T0, limits);
            ledger.RecordDelivered(Payload(version).EventId, T0, limits);
        }

        for (var version = 10; version <= 14; version++)
        {
            ledger.Accept(Payload(version), T0, limits);
        }

        Assert.False(ledger.WasDelivered(Payload(1).EventId));
        Assert.True(ledger.WasDelivered(Payload(4).EventId));
        Assert.Equal(2, ledger.Pending.Count);
        Assert.Equal(2, ledger.DeadLetters.Count);
        Assert.Equal("backlog full", ledger.DeadLetters[0].LastFailure);
        Assert.Equal(3, ledger.DeadLetteredCount);
    }

    [Fact]
    public void Ledger_and_its_dedupe_memory_round_trip_through_the_orleans_serializer_as_two_parts()
    {
        var ledger = new WebhookDeliveryLedger();
        ledger.Accept(Payload(1), T0, Limits);
        ledger.RecordDelivered(Payload(1).EventId, T0, Limits);
        ledger.Accept(Payload(2), T0, Limits);
        ledger.RecordFailure(Payload(2).EventId, "HTTP 502", T0, TwoRetries, Limits);
        var serializer = _services.GetRequiredService<Serializer>();

        // The dispatcher stores the remembered ids as their own row: the ledger's bytes do not carry them.
        var copy = serializer.Deserialize<WebhookDeliveryLedger>(serializer.SerializeToArray(ledger))!;
        var rememberedWithoutMemory = copy.WasDelivered(Payload(1).EventId);
        copy.UseDeliveryMemory(serializer.Deserialize<WebhookDeliveryMemory>(serializer.SerializeToArray(ledger.DeliveryMemory))!);

        Assert.False(rememberedWithoutMemory);
        Assert.Equal(WebhookAcceptance.Duplicate, copy.Accept(Payload(1), T0, Limits));
        var pending = Assert.Single(copy.Pending);
        Assert.Equal(1, pending.Attempts);
        Assert.Equal(Payload(2).Body.ToArray(), pending.Payload.Body.ToArray());
        Assert.Equal(1, copy.DeliveredCount);
        Assert.Equal(1, copy.FailedAttemptCount);
    }

    public void Dispose() => _services.Dispose();
}
