using System.Text.Json;
using System.Text.Json.Serialization;

namespace FacePay.Benchmarks.Api;

/// <summary>What wrk measured in one run, as printed by <c>signed-requests.lua</c>'s <c>done()</c> (latencies in µs).</summary>
public sealed record WrkResult(
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("duration_us")] long DurationMicroseconds,
    [property: JsonPropertyName("non2xx")] long Non2xx,
    [property: JsonPropertyName("connect")] long ConnectErrors,
    [property: JsonPropertyName("read")] long ReadErrors,
    [property: JsonPropertyName("write")] long WriteErrors,
    [property: JsonPropertyName("timeout")] long Timeouts,
    [property: JsonPropertyName("p50_us")] long P50Microseconds,
    [property: JsonPropertyName("p90_us")] long P90Microseconds,
    [property: JsonPropertyName("p99_us")] long P99Microseconds,
    [property: JsonPropertyName("max_us")] long MaxMicroseconds)
{
    private const string Marker = "FACEPAY_WRK ";

    /// <summary>Requests per second over the run.</summary>
    public double PerSecond => Requests / (DurationMicroseconds / 1e6);

    /// <summary>Requests that failed in any way (status ≥ 400, socket errors, timeouts).</summary>
    public long Failures => Non2xx + ConnectErrors + ReadErrors + WriteErrors + Timeouts;

    /// <summary>Finds the script's line in wrk's output.</summary>
    public static WrkResult Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result line:\n{output}");
        return JsonSerializer.Deserialize<WrkResult>(line[Marker.Length..])
            ?? throw new InvalidOperationException($"wrk's result line is empty: {line}");
    }
}
