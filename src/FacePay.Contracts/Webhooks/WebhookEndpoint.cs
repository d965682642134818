using System.Text;

namespace FacePay.Contracts.Webhooks;

/// <summary>Where and how a merchant receives webhooks.</summary>
/// <param name="Url">Absolute <c>https</c> URL that receives the POSTs (plain <c>http</c> only where the silo allows it, e.g. tests).</param>
/// <param name="Secret">The signing secret (at least 16 bytes). Never returned, logged or printed.</param>
/// <param name="Enabled">Whether events are delivered; while disabled, new events are not queued and queued ones wait.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Webhooks.WebhookEndpoint")]
public sealed record WebhookEndpoint(
    [property: Id(0)] string Url,
    [property: Id(1)] string Secret,
    [property: Id(2)] bool Enabled = true)
{
    // Keeps the secret out of ToString(), which records would otherwise print in full (logs, exceptions).
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Url = ").Append(Url).Append(", Secret = ***, Enabled = ").Append(Enabled);
        return true;
    }
}
