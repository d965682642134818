namespace FacePay.Benchmarks.Measurement;

/// <summary>The median and the range of a set of repeated measurements.</summary>
/// <param name="Median">The middle value (mean of the two middle ones for an even count).</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Count">How many measurements.</param>
public sealed record Spread(double Median, double Min, double Max, int Count)
{
    /// <summary>Summarises the values; at least one is required.</summary>
    public static Spread Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("No measurements.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1], sorted.Length);
    }

    /// <summary>The range relative to the median, e.g. 0.04 when min and max lie 4 % apart.</summary>
    public double RelativeRange => Median == 0 ? 0 : (Max - Min) / Median;
}
