using FacePay.Channels.Abstractions;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace FacePay.Channels.Resilience;

/// <summary>
/// The resilience pipelines of one channel, built once from options: an overall timeout; retries with exponential
/// backoff and jitter only for <see cref="ChannelOutcome.Retryable"/> results of idempotent operations (never a pay,
/// refund or cancel); one circuit breaker and one concurrency limiter shared by every operation of the channel.
/// Rejections (open circuit, full queue, overall timeout) come back as results, never as exceptions.
/// </summary>
public sealed class ChannelResilience
{
    private readonly ResiliencePipeline _idempotent;
    private readonly ResiliencePipeline _effectful;
    private readonly ResiliencePipeline _gate;
    private readonly CircuitBreakerStateProvider _breaker = new();

    /// <summary>Builds the pipelines.</summary>
    /// <param name="channel">The channel (pipeline names and telemetry tags).</param>
    /// <param name="options">The settings.</param>
    /// <param name="timeProvider">The clock used by timeouts, delays and the breaker.</param>
    /// <param name="loggerFactory">Enables Polly telemetry (meter <c>Polly</c>) and logs.</param>
    public ChannelResilience(ChannelKind channel, ChannelResilienceOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        Channel = channel;

        _gate = new ResiliencePipelineBuilder { Name = $"facepay-{channel}-gate", TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                StateProvider = _breaker,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null and not OperationCanceledException || IsChannelFault(args.Outcome.Result)),
            })
            .AddConcurrencyLimiter(options.MaxConcurrency, options.QueueLimit)
            .ConfigureTelemetry(loggerFactory)
            .Build();

        _idempotent = new ResiliencePipelineBuilder { Name = $"facepay-{channel}-idempotent", TimeProvider = timeProvider }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && args.Outcome.Result is IChannelResult { Outcome: ChannelOutcome.Retryable }),
            })
            .ConfigureTelemetry(loggerFactory)
            .Build();

        _effectful = new ResiliencePipelineBuilder { Name = $"facepay-{channel}-effectful", TimeProvider = timeProvider }
            .AddTimeout(options.TotalTimeout)
            .ConfigureTelemetry(loggerFactory)
            .Build();
    }

    /// <summary>The channel these pipelines guard.</summary>
    public ChannelKind Channel { get; }

    /// <summary>The circuit breaker's state now (Closed while the channel is healthy).</summary>
    public CircuitState CircuitState => _breaker.CircuitState;

    /// <summary>
    /// Runs one channel call through the pipelines for its operation.
    /// </summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="operation">The operation (decides whether retries are allowed).</param>
    /// <param name="call">The call; must return results rather than throw for channel failures.</param>
    /// <param name="rejected">Builds the result for a call that was rejected or timed out as a whole.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation propagates as an exception.</param>
    /// <returns>The result.</returns>
    public async Task<TResult> ExecuteAsync<TResult>(
        ChannelOperation operation,
        Func<CancellationToken, Task<TResult>> call,
        Func<ChannelOutcome, string, string, TResult> rejected,
        CancellationToken cancellationToken)
        where TResult : IChannelResult
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(rejected);
        var outer = ChannelOperationFacts.IsIdempotent(operation) ? _idempotent : _effectful;
        try
        {
            return await outer.ExecuteAsync(
                async token => await _gate.ExecuteAsync(async inner => await call(inner), token),
                cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            return rejected(ChannelOutcome.Retryable, ChannelErrorCodes.Rejected, $"Circuit open for {Channel}: nothing was sent. {ex.Message}");
        }
        catch (RateLimiterRejectedException)
        {
            return rejected(ChannelOutcome.Retryable, ChannelErrorCodes.Rejected, $"Too many calls in flight to {Channel}: nothing was sent.");
        }
        catch (TimeoutRejectedException)
        {
            // The request may have left: for effectful calls the result is unknown and must be resolved by query.
            var outcome = ChannelOperationFacts.HasEffect(operation) ? ChannelOutcome.Unknown : ChannelOutcome.Retryable;
            return rejected(outcome, ChannelErrorCodes.Timeout, $"{Channel} {operation} did not finish in time.");
        }
    }

    /// <summary>
    /// Whether a result says the channel (or the way to it) is unhealthy: retryable, or unknown for a reason other
    /// than a payer who is still confirming.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>True for faults the breaker counts.</returns>
    public static bool IsChannelFault(object? result) => result switch
    {
        ChannelTradeResult { Outcome: ChannelOutcome.Unknown, Status: ChannelTradeStatus.WaitingForPayment } => false,
        IChannelResult { Outcome: ChannelOutcome.Retryable or ChannelOutcome.Unknown } => true,
        _ => false,
    };
}
