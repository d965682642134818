using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>Adds named counts (outcomes, rejection reasons).</summary>
public static class Counts
{
    /// <summary>The sum of two sets of named counts.</summary>
    public static ImmutableSortedDictionary<string, long> Add(ImmutableSortedDictionary<string, long> left, ImmutableSortedDictionary<string, long> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var sum = left.ToBuilder();
        foreach (var (name, count) in right)
        {
            sum[name] = sum.GetValueOrDefault(name) + count;
        }

        return sum.ToImmutable();
    }

    /// <summary>One more of <paramref name="name"/>.</summary>
    public static ImmutableSortedDictionary<string, long> Increment(ImmutableSortedDictionary<string, long> counts, string name, long by = 1)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.SetItem(name, counts.GetValueOrDefault(name) + by);
    }
}
