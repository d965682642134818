namespace FacePay.Face.Templates;

/// <summary>A template encryption key with its identifier (written into blobs so keys can rotate) and cipher.</summary>
public sealed class TemplateKey
{
    private readonly byte[] material;

    /// <summary>Creates a key; the material length must fit the cipher (32 bytes for AES-256, 16 for SM4).</summary>
    public TemplateKey(string id, TemplateCipher cipher, ReadOnlySpan<byte> material)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (System.Text.Encoding.UTF8.GetByteCount(id) > 64)
        {
            throw new ArgumentException("A template key id is at most 64 UTF-8 bytes.", nameof(id));
        }

        var expected = RequiredKeyLength(cipher);
        if (material.Length != expected)
        {
            throw new ArgumentException($"Template key '{id}' for {cipher} must be {expected} bytes, got {material.Length}.", nameof(material));
        }

        Id = id;
        Cipher = cipher;
        this.material = material.ToArray();
    }

    /// <summary>Identifier stored in each blob.</summary>
    public string Id { get; }

    /// <summary>The cipher this key is for.</summary>
    public TemplateCipher Cipher { get; }

    /// <summary>The raw key bytes.</summary>
    internal ReadOnlySpan<byte> Material => material;

    /// <summary>Key length in bytes for <paramref name="cipher"/>.</summary>
    public static int RequiredKeyLength(TemplateCipher cipher) => cipher switch
    {
        TemplateCipher.Aes256Gcm => 32,
        TemplateCipher.Sm4Gcm => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(cipher), cipher, "Unknown template cipher."),
    };

    /// <inheritdoc />
    public override string ToString() => $"TemplateKey({Id}, {Cipher})";
}
