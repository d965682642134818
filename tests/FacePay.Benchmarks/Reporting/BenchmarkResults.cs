using FacePay.Benchmarks.Api;
using FacePay.Benchmarks.Face;
using FacePay.Benchmarks.Orders;
using FacePay.Benchmarks.Reconciliation;

namespace FacePay.Benchmarks.Reporting;

/// <summary>Everything one run measured, for the report.</summary>
public sealed class BenchmarkResults
{
    public required MachineInfo Machine { get; init; }

    public required BenchmarkSettings Settings { get; init; }

    public required string Command { get; init; }

    public List<ComparisonFigure> Channels { get; } = [];

    public List<ComparisonFigure> Face { get; } = [];

    public string? FaceBatchDimensions { get; set; }

    public IReadOnlyList<string> FaceImages { get; set; } = [];

    public FaceStageBreakdown? FaceStages { get; set; }

    public OrderFigures? Orders { get; set; }

    public ReconciliationFigures? Reconciliation { get; set; }

    public ApiFigures? Api { get; set; }

    public double LoadAtStart { get; init; }

    public double LoadAtEnd { get; set; }

    public TimeSpan Duration { get; set; }
}
