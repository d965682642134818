using System.Security.Cryptography;
using System.Text;
using FacePay.Contracts.Requests;
using FacePay.Domain.Requests;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Problems;

namespace FacePay.MerchantApi.Idempotency;

/// <summary>
/// Makes every POST of an authenticated merchant idempotent by its <c>Idempotency-Key</c>, with the key's record kept
/// in the cluster (<see cref="IIdempotencyGrain"/>): the first request runs and, when it succeeded (2xx), its response
/// is stored; a retry with the same key, method, path and body gets that response again without running anything; the
/// same key with a different request is refused with 422; a retry while the first is still running gets 409. An error
/// response is not stored and releases the key: the refused request changed nothing, so its retry simply runs again
/// (and bad input leaves no trace in storage).
/// </summary>
public sealed partial class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems, ILogger<IdempotencyMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<RequiresIdempotencyKey>() is null
            || context.Features.Get<SignedRequest>() is not { } signed)
        {
            await next(context);
            return;
        }

        string? key = context.Request.Headers[SignatureHeaders.IdempotencyKey];
        if (!IsValidKey(key))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, ProblemTypes.IdempotencyKeyRequired, "An Idempotency-Key is required.",
                $"Every POST carries an {SignatureHeaders.IdempotencyKey} header: 1-128 characters of [A-Za-z0-9._:-], new for each distinct operation and the same on its retries.");
            return;
        }

        var fingerprint = Fingerprint(context, signed);
        var record = grains.GetGrain<IIdempotencyGrain>($"{signed.MerchantId}/{key}");
        var decision = await record.BeginAsync(fingerprint);
        switch (decision.Outcome)
        {
            case IdempotencyOutcome.Replay:
                await ReplayAsync(context, decision.Response!);
                return;
            case IdempotencyOutcome.Mismatch:
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, ProblemTypes.IdempotencyKeyReused, "The Idempotency-Key was used for a different request.",
                    "A key identifies one operation: this key was first used with another method, path or body. Use a new key for a new operation.");
                return;
            case IdempotencyOutcome.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await WriteProblemAsync(context, StatusCodes.Status409Conflict, ProblemTypes.IdempotencyInProgress, "The first request with this Idempotency-Key is still running.",
                    "Retry the same request shortly; it will get the first request's response.");
                return;
        }

        await RunAndRecordAsync(context, record, fingerprint);
    }

    private async Task RunAndRecordAsync(HttpContext context, IIdempotencyGrain record, string fingerprint)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await record.AbandonAsync(fingerprint);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode is >= 200 and < 300)
        {
            await record.CompleteAsync(fingerprint, new StoredResponse(response.StatusCode, response.ContentType, captured.ToArray(), response.Headers.Location));
        }
        else
        {
            await record.AbandonAsync(fingerprint);
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        LogReplayed(context.Request.Path);
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        response.Headers[SignatureHeaders.IdempotentReplayed] = "true";
        response.ContentLength = stored.Body.Length;
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }

    private Task WriteProblemAsync(HttpContext context, int status, string type, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = ProblemTypes.Create(status, type, title, detail) }).AsTask();
    }

    private static string Fingerprint(HttpContext context, SignedRequest signed) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{context.Request.Method}\n{RequestTarget.Of(context)}\n{signed.BodySha256}")));

    private static bool IsValidKey(string? key) =>
        key is { Length: >= 1 and <= 128 } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed the stored response of an idempotent {Path}.")]
    private partial void LogReplayed(PathString path);
}
