using FacePay.Benchmarks.Measurement;

namespace FacePay.Benchmarks.Api;

/// <summary>One Merchant API operation driven by wrk beside the same operation through <c>IFacePayClient</c>.</summary>
/// <param name="Operation">What was measured.</param>
/// <param name="Http">wrk's figures against the Merchant API.</param>
/// <param name="ClientPerSecond">The same operation through IFacePayClient, same concurrency and duration.</param>
/// <param name="ClientLatency">Its latencies.</param>
/// <param name="ClientFailures">Calls through IFacePayClient that did not succeed.</param>
/// <param name="RequestsPrepared">Pre-signed requests available to wrk (it stops when they run out).</param>
public sealed record ApiFigure(string Operation, WrkResult Http, double ClientPerSecond, LatencySummary ClientLatency, long ClientFailures, int RequestsPrepared)
{
    /// <summary>HTTP throughput as a share of the direct client's.</summary>
    public double Ratio => Http.PerSecond / ClientPerSecond;

    /// <summary>Whether wrk ran out of prepared requests before its time was up.</summary>
    public bool Exhausted => Http.Requests >= RequestsPrepared;
}
