using System.Text;

namespace FacePay.MerchantApi.Authentication;

/// <summary>One API key: a public id sent with every request and the secret that signs it.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>Shortest secret (UTF-8 bytes).</summary>
    public const int MinSecretBytes = 32;

    /// <summary>The key id (8–64 characters of <c>[A-Za-z0-9_-]</c>), unique across merchants.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The signing secret, at least <see cref="MinSecretBytes"/> bytes. Never logged or returned.</summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>Keeps the secret out of logs and exception messages.</summary>
    public override string ToString() => $"ApiKey {Id} (secret {Encoding.UTF8.GetByteCount(Secret)} bytes)";
}
