using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>Face checks over a window on one silo (or summed over silos).</summary>
/// <param name="Durations">Pipeline time per image, accepted and rejected alike.</param>
/// <param name="Accepted">Images accepted.</param>
/// <param name="Rejections">Images rejected, by reason (<c>NoFace</c>, <c>LivenessTooLow</c>, …).</param>
/// <param name="Busy">Checks refused because the checker was at capacity.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.FaceCheckFigures")]
public sealed record FaceCheckFigures(
    [property: Id(0)] LatencyHistogram Durations,
    [property: Id(1)] long Accepted,
    [property: Id(2)] ImmutableSortedDictionary<string, long> Rejections,
    [property: Id(3)] long Busy)
{
    /// <summary>Nothing checked.</summary>
    public static FaceCheckFigures None { get; } = new(LatencyHistogram.Empty, 0, ImmutableSortedDictionary<string, long>.Empty, 0);

    /// <summary>Images rejected.</summary>
    public long Rejected => Rejections.Values.Sum();

    /// <summary>The sum over two silos.</summary>
    public FaceCheckFigures Plus(FaceCheckFigures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Durations.Plus(other.Durations), Accepted + other.Accepted, Counts.Add(Rejections, other.Rejections), Busy + other.Busy);
    }
}
