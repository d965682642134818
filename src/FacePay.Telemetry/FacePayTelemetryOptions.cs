namespace FacePay.Telemetry;

/// <summary>
/// Where traces and metrics go, bound from <c>FacePay:Telemetry</c>. Metrics are always served for Prometheus at
/// <see cref="MetricsPath"/>; traces are exported over OTLP when an endpoint is set (here, or through the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable), and can be written to the console for diagnosis.
/// </summary>
public sealed class FacePayTelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Telemetry";

    /// <summary>The Prometheus scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The OTLP endpoint (e.g. <c>http://127.0.0.1:4317</c>) that receives traces and metrics; null to export none.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>Write every finished span to standard output (diagnosis and tests; noisy).</summary>
    public bool ConsoleTraces { get; set; }
}
