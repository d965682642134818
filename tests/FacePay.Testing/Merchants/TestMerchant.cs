using System.Security.Cryptography;

namespace FacePay.Testing.Merchants;

/// <summary>A merchant configured on the Merchant API instances of the shared cluster, with a fresh key per run.</summary>
/// <param name="Id">The merchant id.</param>
/// <param name="KeyId">The API key id.</param>
/// <param name="Secret">The API key secret.</param>
public sealed record TestMerchant(string Id, string KeyId, string Secret)
{
    /// <summary>A merchant with a fresh key id and a random 32-byte secret.</summary>
    public static TestMerchant Create(string id) =>
        new(id, $"{id}_key_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    /// <summary>The API configuration entries for this merchant's key.</summary>
    public IEnumerable<KeyValuePair<string, string>> ApiSettings()
    {
        yield return new($"FacePay:Api:Merchants:{Id}:ApiKeys:0:Id", KeyId);
        yield return new($"FacePay:Api:Merchants:{Id}:ApiKeys:0:Secret", Secret);
    }
}
