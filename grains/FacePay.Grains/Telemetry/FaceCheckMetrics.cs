using System.Diagnostics;
using System.Diagnostics.Metrics;
using FacePay.Contracts.Verification;

namespace FacePay.Grains.Telemetry;

/// <summary>
/// Face check metrics on the <c>FacePay.Face</c> meter: <c>facepay.face.check.duration</c> (seconds of analysis, tagged
/// <c>status</c> Accepted/Rejected) and <c>facepay.face.check.busy</c> (checks refused by back-pressure).
/// </summary>
public sealed class FaceCheckMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "FacePay.Face";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _busy;

    /// <summary>Creates the instruments.</summary>
    public FaceCheckMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _duration = meter.CreateHistogram<double>("facepay.face.check.duration", "s", "Face pipeline time per image (queue wait excluded).");
        _busy = meter.CreateCounter<long>("facepay.face.check.busy", "{check}", "Face checks refused because the checker was at capacity.");
    }

    /// <summary>Records a finished check.</summary>
    public void Record(FaceCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == FaceCheckStatus.Busy)
        {
            _busy.Add(1);
            return;
        }

        _duration.Record(result.AnalysisMs / 1000, new TagList { { "status", result.Status.ToString() } });
    }
}
