using System.Text;

namespace FacePay.Grains.Webhooks;

/// <summary>The stored endpoint of a merchant (the secret is needed to sign, so it is kept; never printed).</summary>
/// <param name="Url">The receiving URL.</param>
/// <param name="Secret">The signing secret.</param>
/// <param name="Enabled">Whether events are delivered.</param>
/// <param name="ConfiguredAt">When it was configured.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookEndpointState")]
public sealed record WebhookEndpointState(
    [property: Id(0)] Uri Url,
    [property: Id(1)] string Secret,
    [property: Id(2)] bool Enabled,
    [property: Id(3)] DateTimeOffset ConfiguredAt)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url).Append(", Secret = ***, Enabled = ").Append(Enabled)
            .Append(", ConfiguredAt = ").Append(ConfiguredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
