using System.Net;
using FacePay.Domain;
using FacePay.Domain.Events;
using FacePay.Domain.Webhooks;
using FacePay.Grains.Webhooks;
using FacePay.Testing.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace FacePay.Grains.Tests.Webhooks;

/// <summary>The sender as registered by <see cref="WebhookServiceCollectionExtensions.AddFacePayWebhooks"/>, without a cluster.</summary>
public sealed class WebhookHttpSenderTests
{
    private const string Secret = "whsec_sender_tests_0123456789";

    private static readonly WebhookPayload Payload = WebhookPayload.Create(new OrderClosed(
        new OrderKey("m_sender", "order_6001"), 2, DateTimeOffset.UtcNow, ChangeSource.Api, CloseReason.MerchantRequest));

    [Fact]
    public async Task Redirects_are_not_followed_and_count_as_failures()
    {
        await using var receiver = WebhookReceiver.Start(n => n == 0 ? HttpStatusCode.Found : HttpStatusCode.OK);
        await using var services = new ServiceCollection().AddFacePayWebhooks().BuildServiceProvider();

        var result = await services.GetRequiredService<WebhookHttpSender>()
            .SendAsync(new Uri(receiver.Url), Secret, Payload, 1, CancellationToken.None);

        Assert.Equal(WebhookAttemptResult.Failed("HTTP 302"), result);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_2xx_answer_is_a_delivery()
    {
        await using var receiver = WebhookReceiver.Start(_ => HttpStatusCode.NoContent);
        await using var services = new ServiceCollection().AddFacePayWebhooks().BuildServiceProvider();

        var result = await services.GetRequiredService<WebhookHttpSender>()
            .SendAsync(new Uri(receiver.Url), Secret, Payload, 1, CancellationToken.None);

        Assert.True(result.Delivered);
        Assert.Equal(Payload.Body.ToArray(), Assert.Single(receiver.Received).Body);
    }

    [Fact]
    public async Task An_endpoint_that_never_answers_times_out_as_a_failed_attempt()
    {
        var services = new ServiceCollection().AddFacePayWebhooks(o => o.RequestTimeout = TimeSpan.FromMilliseconds(200));
        services.AddHttpClient(WebhookHttpSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NeverAnswers());
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<WebhookHttpSender>()
            .SendAsync(new Uri("http://127.0.0.1:9/hook"), Secret, Payload, 1, CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.StartsWith("timeout", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_options_are_refused()
    {
        await using var services = new ServiceCollection()
            .AddFacePayWebhooks(o => o.ScheduleCompression = 0.5).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookDispatcherOptions>>().Value);
    }

    private sealed class NeverAnswers : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
