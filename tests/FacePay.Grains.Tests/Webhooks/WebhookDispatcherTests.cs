using System.Net;
using FacePay.Contracts;
using FacePay.Contracts.Webhooks;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Webhooks;
using FacePay.Grains.Webhooks;
using FacePay.Testing.Webhooks;
using Npgsql;
using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

[Collection(WebhookClusterCollection.Name)]
public sealed class WebhookDispatcherTests(WebhookClusterFixture fixture)
{
    private const string Secret = "whsec_grain_tests_0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Event_is_delivered_once_signed_with_the_stored_payload_and_event_id_headers()
    {
        await using var receiver = WebhookReceiver.Start();
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        var paid = PaymentSucceededFor(merchant);

        await PublishAsync(paid);
        var stats = await WaitForAsync(dispatcher, s => s.Delivered == 1 && s.Pending == 0);

        var request = Assert.Single(receiver.Received);
        Assert.Equal(WebhookPayload.Create(paid).Body.ToArray(), request.Body);
        Assert.Equal(paid.EventId, request.EventId);
        Assert.Equal(paid.EventId, request.IdempotencyKey);
        Assert.Equal("payment.succeeded", request.EventType);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            WebhookVerificationResult.Valid,
            new WebhookSignatureVerifier(Secret).Verify(request.Signature, request.Body, request.ReceivedAt));
        Assert.Equal(
            WebhookVerificationResult.SignatureMismatch,
            new WebhookSignatureVerifier("some_other_merchant_secret").Verify(request.Signature, request.Body, request.ReceivedAt));
        Assert.Equal(0, stats.FailedAttempts);
        Assert.Empty(await dispatcher.GetBacklogAsync());
    }

    [Fact]
    public async Task Backlog_reminder_is_removed_by_the_first_tick_after_the_backlog_drains()
    {
        await using var receiver = WebhookReceiver.Start();
        var merchant = await DeliverOneEventAsync(receiver);

        // Kept past the drain (a busy merchant would otherwise insert and delete it per event), but not for ever.
        await EventuallyAsync(async () => await BacklogReminderRowsAsync(merchant) == 0, $"The backlog reminder of {merchant} outlived an empty backlog");
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Answers_of_a_round_are_written_soon_without_waiting_for_another_event()
    {
        await using var receiver = WebhookReceiver.Start();
        var merchant = await DeliverOneEventAsync(receiver);

        // Three writes in all: the endpoint, the accepted event, then (after the short delay) the answer.
        await EventuallyAsync(async () => await DispatcherStateVersionAsync(merchant) >= 3, $"The delivery answer of {merchant} was not written");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(3, await DispatcherStateVersionAsync(merchant));
    }

    [Fact]
    public async Task Duplicate_stream_delivery_of_one_event_posts_once()
    {
        await using var receiver = WebhookReceiver.Start();
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        var paid = PaymentSucceededFor(merchant);

        await PublishAsync(paid);
        await PublishAsync(paid);
        await PublishAsync(paid with { OccurredAt = paid.OccurredAt }); // an equal copy, as a re-publication after a crash
        var stats = await WaitForAsync(dispatcher, s => s.Accepted + s.DuplicatesIgnored == 3 && s.Pending == 0);

        Assert.Single(receiver.Received);
        Assert.Equal(1, stats.Accepted);
        Assert.Equal(1, stats.Delivered);
        Assert.Equal(2, stats.DuplicatesIgnored);
    }

    [Fact]
    public async Task Events_are_stored_while_a_slow_endpoint_holds_a_request_on_the_wire()
    {
        // The endpoint holds its first request open until the test lets it answer.
        using var firstArrived = new ManualResetEventSlim();
        using var answerFirst = new ManualResetEventSlim();
        await using var receiver = WebhookReceiver.Start(n =>
        {
            if (n == 0)
            {
                firstArrived.Set();
                answerFirst.Wait(TimeSpan.FromSeconds(20));
            }

            return HttpStatusCode.OK;
        });
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        var events = Enumerable.Range(1, 3).Select(i => PaymentSucceededFor(merchant) with
        {
            Key = new OrderKey(merchant, $"order_30{i:D2}"),
        }).ToList();

        await PublishAsync(events[0]);
        Assert.True(firstArrived.Wait(Patience), "The first webhook never reached the endpoint.");
        await PublishAsync(events[1]);
        await PublishAsync(events[2]);

        // Stored and readable while the first request is still unanswered (well inside the 5-s request timeout).
        var whileHeld = await WaitForAsync(dispatcher, s => s.Accepted == 3);
        answerFirst.Set();
        var stats = await WaitForAsync(dispatcher, s => s.Delivered == 3 && s.Pending == 0);

        Assert.Equal(0, whileHeld.Delivered);
        Assert.Equal(0, stats.FailedAttempts);
        Assert.Equal(events.Select(e => e.EventId).Order(), receiver.Accepted.Select(r => r.EventId).Order());
    }

    [Fact]
    public async Task Endpoint_down_then_up_delivers_after_retries_exactly_once_with_identical_bytes()
    {
        await using var receiver = WebhookReceiver.Start(n => n < 2 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        var refunded = new RefundSucceeded(
            new OrderKey(merchant, "order_2001"), 9, DateTimeOffset.UtcNow, ChangeSource.ChannelNotification,
            "refund_1", Money.Of(500, "CNY"), Money.Of(500, "CNY"), false);

        await PublishAsync(refunded);
        var stats = await WaitForAsync(dispatcher, s => s.Delivered == 1 && s.Pending == 0);

        Assert.Equal(3, receiver.Received.Count);
        Assert.Single(receiver.Accepted);
        Assert.Single(receiver.Received.Select(r => Convert.ToHexString(r.Body)).Distinct());
        Assert.Equal(WebhookPayload.Create(refunded).Body.ToArray(), receiver.Received[0].Body);
        Assert.Single(receiver.Received.Select(r => r.EventId).Distinct());
        Assert.True(receiver.AllSignaturesValid(Secret));
        Assert.Equal(2, stats.FailedAttempts);
        Assert.Equal(0, stats.DeadLettered);
    }

    [Fact]
    public async Task Permanently_down_endpoint_dead_letters_then_replay_delivers_the_same_payload()
    {
        // The port is reserved but nobody listens: every attempt is refused at connect.
        await using var receiver = WebhookReceiver.Reserve();
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        var closed = new OrderClosed(new OrderKey(merchant, "order_3001"), 4, DateTimeOffset.UtcNow, ChangeSource.Reminder, CloseReason.Expired);

        await PublishAsync(closed);
        var stats = await WaitForAsync(dispatcher, s => s.DeadLettered == 1);

        var deadLetter = Assert.Single(await dispatcher.GetDeadLettersAsync());
        Assert.Equal(closed.EventId, deadLetter.EventId);
        Assert.Equal("order.closed", deadLetter.EventType);
        Assert.Equal(WebhookTestSiloConfigurator.Schedule.MaxAttempts, deadLetter.Attempts);
        Assert.StartsWith("connection error", deadLetter.LastFailure, StringComparison.Ordinal);
        Assert.Equal(0, stats.Pending);
        Assert.Equal(WebhookTestSiloConfigurator.Schedule.MaxAttempts, stats.FailedAttempts);
        Assert.Empty(receiver.Received);

        receiver.Listen();
        Assert.Equal(WebhookReplayResult.Requeued, await dispatcher.ReplayDeadLetterAsync(closed.EventId));
        stats = await WaitForAsync(dispatcher, s => s.Delivered == 1 && s.Pending == 0);

        var request = Assert.Single(receiver.Received);
        Assert.Equal(deadLetter.Payload, System.Text.Encoding.UTF8.GetString(request.Body));
        Assert.Equal(WebhookPayload.Create(closed).Body.ToArray(), request.Body);
        Assert.True(receiver.AllSignaturesValid(Secret));
        Assert.Empty(await dispatcher.GetDeadLettersAsync());
        Assert.Equal(1, stats.Replayed);
        Assert.Equal(WebhookReplayResult.NotFound, await dispatcher.ReplayDeadLetterAsync(closed.EventId));
    }

    [Fact]
    public async Task Configuration_shows_a_fingerprint_never_the_secret()
    {
        var (_, dispatcher) = await ConfiguredMerchantAsync("http://127.0.0.1:9/unused");

        var configuration = await dispatcher.GetConfigurationAsync();

        Assert.NotNull(configuration);
        Assert.Equal(WebhookSigner.Fingerprint(Secret), configuration.SecretFingerprint);
        Assert.DoesNotContain(Secret, configuration.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, new WebhookEndpoint("http://127.0.0.1:9/", Secret).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hook", Secret)]
    [InlineData("/relative/hook", Secret)]
    [InlineData("http://user:password@127.0.0.1/hook", Secret)]
    [InlineData("http://127.0.0.1/hook", "too-short")]
    public async Task Bad_urls_and_short_secrets_are_refused_and_change_nothing(string url, string secret)
    {
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(NewMerchantId());

        await Assert.ThrowsAsync<ArgumentException>(() => dispatcher.ConfigureAsync(new WebhookEndpoint(url, secret)));

        Assert.Null(await dispatcher.GetConfigurationAsync());
    }

    [Fact]
    public async Task Events_before_an_endpoint_is_configured_are_not_queued()
    {
        var merchant = NewMerchantId();
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(merchant);

        await PublishAsync(PaymentSucceededFor(merchant));
        var stats = await WaitForAsync(dispatcher, s => s.IgnoredWithoutEndpoint == 1);

        Assert.Equal(0, stats.Accepted);
        Assert.Empty(await dispatcher.GetBacklogAsync());
    }

    private async Task<(string Merchant, IWebhookDispatcherGrain Dispatcher)> ConfiguredMerchantAsync(string url)
    {
        var merchant = NewMerchantId();
        var dispatcher = fixture.Client.GetGrain<IWebhookDispatcherGrain>(merchant);
        var configuration = await dispatcher.ConfigureAsync(new WebhookEndpoint(url, Secret));
        Assert.True(configuration.Enabled);
        return (merchant, dispatcher);
    }

    private async Task<string> DeliverOneEventAsync(WebhookReceiver receiver)
    {
        var (merchant, dispatcher) = await ConfiguredMerchantAsync(receiver.Url);
        await PublishAsync(PaymentSucceededFor(merchant));
        await WaitForAsync(dispatcher, s => s.Delivered == 1 && s.Pending == 0);
        return merchant;
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{failure} within {Patience}.");
            await Task.Delay(100);
        }
    }

    private async Task<long> BacklogReminderRowsAsync(string merchant)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM orleans_reminders WHERE service_id = @service AND reminder_name = @name AND grain_id LIKE @grain", connection);
        command.Parameters.AddWithValue("service", fixture.Cluster.Options.ServiceId);
        command.Parameters.AddWithValue("name", WebhookDispatcherGrain.BacklogReminderName);
        command.Parameters.AddWithValue("grain", "%" + merchant);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<int> DispatcherStateVersionAsync(string merchant)
    {
        await using var connection = await fixture.Postgres.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT coalesce(max(version), 0) FROM orleans_storage WHERE service_id = @service AND grain_id_extension = @merchant", connection);
        command.Parameters.AddWithValue("service", fixture.Cluster.Options.ServiceId);
        command.Parameters.AddWithValue("merchant", merchant);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static string NewMerchantId() => "wh_" + Guid.NewGuid().ToString("N")[..20];

    private static PaymentSucceeded PaymentSucceededFor(string merchant) => new(
        new OrderKey(merchant, "order_1001"), 5, DateTimeOffset.UtcNow, ChangeSource.ChannelNotification,
        Money.Of(1234, "CNY"), PaymentChannel.Alipay, 1, "order_1001_1", "2026112322001");

    // Publishes as the OrderGrain does: on the merchant's stream in the payments namespace.
    private Task PublishAsync(PaymentEvent paymentEvent) =>
        fixture.Client.GetStreamProvider(ProviderNames.PaymentStream)
            .GetStream<PaymentEvent>(StreamId.Create(ProviderNames.PaymentStreamNamespace, paymentEvent.MerchantId))
            .OnNextAsync(paymentEvent);

    private static async Task<WebhookDeliveryStats> WaitForAsync(IWebhookDispatcherGrain dispatcher, Func<WebhookDeliveryStats, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        var stats = await dispatcher.GetStatsAsync();
        while (!condition(stats))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Webhook dispatcher did not reach the expected state in {Patience}: {stats}");
            await Task.Delay(100);
            stats = await dispatcher.GetStatsAsync();
        }

        return stats;
    }
}
