namespace FacePay.Benchmarks.Measurement;

/// <summary>The repeated measurements of a raw baseline and of our code on the same work.</summary>
/// <param name="Baseline">The raw baseline's figures.</param>
/// <param name="Ours">Our code's figures.</param>
public sealed record PairedResult(Spread Baseline, Spread Ours)
{
    /// <summary>Our median over the baseline's median (1.0 = as fast as raw).</summary>
    public double Ratio => Ours.Median / Baseline.Median;
}
