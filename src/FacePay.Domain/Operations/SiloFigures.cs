using System.Collections.Immutable;

namespace FacePay.Domain.Operations;

/// <summary>
/// What one silo measured in process over its recent window (channel calls, face checks), pushed periodically to the
/// cluster's figures grain: such figures exist only in each silo's memory, so no grain could otherwise read them.
/// </summary>
/// <param name="Silo">The silo's name (its address).</param>
/// <param name="ReportedAt">When the silo took the figures.</param>
/// <param name="Window">How far back they reach.</param>
/// <param name="Channels">Per channel.</param>
/// <param name="Face">Face checks.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Operations.SiloFigures")]
public sealed record SiloFigures(
    [property: Id(0)] string Silo,
    [property: Id(1)] DateTimeOffset ReportedAt,
    [property: Id(2)] TimeSpan Window,
    [property: Id(3)] ImmutableArray<ChannelCallFigures> Channels,
    [property: Id(4)] FaceCheckFigures Face)
{
    /// <summary>Adds the figures of several silos: per channel, and face checks.</summary>
    public static (IReadOnlyList<ChannelCallFigures> Channels, FaceCheckFigures Face) Sum(IEnumerable<SiloFigures> silos)
    {
        ArgumentNullException.ThrowIfNull(silos);
        var channels = new SortedDictionary<string, ChannelCallFigures>(StringComparer.Ordinal);
        var face = FaceCheckFigures.None;
        foreach (var silo in silos)
        {
            foreach (var channel in silo.Channels)
            {
                channels[channel.Channel] = channels.TryGetValue(channel.Channel, out var sum) ? sum.Plus(channel) : channel;
            }

            face = face.Plus(silo.Face);
        }

        return ([.. channels.Values], face);
    }
}
