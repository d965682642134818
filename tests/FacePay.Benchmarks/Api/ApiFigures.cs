namespace FacePay.Benchmarks.Api;

/// <summary>The Merchant API section of a run (issue 6).</summary>
/// <param name="Connections">wrk connections, and concurrent IFacePayClient callers.</param>
/// <param name="Threads">wrk threads.</param>
/// <param name="Duration">Each run's length.</param>
/// <param name="Figures">Created orders and order reads.</param>
public sealed record ApiFigures(int Connections, int Threads, TimeSpan Duration, IReadOnlyList<ApiFigure> Figures);
