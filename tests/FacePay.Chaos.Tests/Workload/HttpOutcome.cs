using System.Net;
using System.Text.Json;

namespace FacePay.Chaos.Tests.Workload;

/// <summary>What one request got back: a status and the order state or problem type, or no answer at all (and why).</summary>
/// <param name="Status">The HTTP status; null when no answer came (connection refused or reset, timeout).</param>
/// <param name="Detail">For a success, the order state the body shows (<c>Paid</c>, <c>Paying</c>, <c>Failed</c>, ...);
/// for a refusal, the problem type's code (<c>ALREADY_PAYING</c>, ...); without an answer, the transport error.</param>
public sealed record HttpOutcome(HttpStatusCode? Status, string? Detail)
{
    /// <summary>Sends a request and describes the outcome; never throws for transport failures.</summary>
    public static async Task<HttpOutcome> OfAsync(Func<Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            return new HttpOutcome(response.StatusCode, response.IsSuccessStatusCode ? OrderState(body) : ProblemCode(body));
        }
        catch (HttpRequestException ex)
        {
            return new HttpOutcome(null, ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException)
        {
            return new HttpOutcome(null, "timeout");
        }
    }

    /// <inheritdoc />
    public override string ToString() => Status is { } status ? $"{(int)status} {Detail}".TrimEnd() : $"no answer ({Detail})";

    private static string? ProblemCode(string body) =>
        Read(body, root => root.TryGetProperty("type", out var type) && type.GetString() is { } uri ? uri[(uri.LastIndexOf('/') + 1)..] : null);

    // An order (create, close) carries "state" at the top; a face-pay answer under "order".
    private static string? OrderState(string body) => Read(body, root =>
        root.ValueKind != JsonValueKind.Object ? null
        : root.TryGetProperty("state", out var state) ? state.GetString()
        : root.TryGetProperty("order", out var order) && order.TryGetProperty("state", out var nested) ? nested.GetString()
        : null);

    private static string? Read(string body, Func<JsonElement, string?> pick)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return pick(json.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
