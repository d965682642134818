using System.Diagnostics.CodeAnalysis;

namespace FacePay.Face.Templates;

/// <summary>Supplies the keys that protect face templates at rest.</summary>
public interface ITemplateKeyProvider
{
    /// <summary>The key new templates are encrypted with.</summary>
    TemplateKey ActiveKey { get; }

    /// <summary>Finds a key by the id stored in a blob (the active key or a retired one kept for decryption).</summary>
    bool TryGetKey(string keyId, [NotNullWhen(true)] out TemplateKey? key);
}
