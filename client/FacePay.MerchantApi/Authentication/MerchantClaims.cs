using System.Security.Claims;

namespace FacePay.MerchantApi.Authentication;

/// <summary>The claims of an authenticated merchant request.</summary>
public static class MerchantClaims
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "FacePaySignature";

    /// <summary>The merchant id claim.</summary>
    public const string MerchantId = "facepay:merchant";

    /// <summary>The API key id claim.</summary>
    public const string KeyId = "facepay:key";

    /// <summary>The authenticated merchant's id.</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated (an endpoint outside the /v1 group).</exception>
    public static string GetMerchantId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(MerchantId) ?? throw new InvalidOperationException("The request has no authenticated merchant.");
    }
}
