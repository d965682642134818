using System.Diagnostics.CodeAnalysis;
using FacePay.Domain;

namespace FacePay.Contracts.Members;

/// <summary>
/// The identity of a merchant's member: the merchant and the merchant's own member id (1–64 characters of
/// <c>[A-Za-z0-9_-]</c>). Its string form <c>{merchantId}/{memberId}</c> is the <see cref="IMemberGrain"/> key.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.MemberKey")]
public readonly record struct MemberKey
{
    /// <summary>Longest member id.</summary>
    public const int MaxMemberIdLength = 64;

    /// <summary>Creates a key.</summary>
    /// <exception cref="ArgumentException">Either part is malformed.</exception>
    public MemberKey(string merchantId, string memberId)
    {
        if (!OrderKey.IsValidMerchantId(merchantId))
        {
            throw new ArgumentException($"Merchant id must be 1-{OrderKey.MaxMerchantIdLength} characters of [A-Za-z0-9_-].", nameof(merchantId));
        }

        if (!IsValidMemberId(memberId))
        {
            throw new ArgumentException($"Member id must be 1-{MaxMemberIdLength} characters of [A-Za-z0-9_-].", nameof(memberId));
        }

        MerchantId = merchantId;
        MemberId = memberId;
    }

    /// <summary>The merchant.</summary>
    [Id(0)]
    public string MerchantId { get; }

    /// <summary>The merchant's member id.</summary>
    [Id(1)]
    public string MemberId { get; }

    /// <summary>Whether a member id is well formed.</summary>
    public static bool IsValidMemberId([NotNullWhen(true)] string? memberId) =>
        memberId is { Length: > 0 and <= MaxMemberIdLength } && memberId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>Creates a key without throwing.</summary>
    public static bool TryCreate(string? merchantId, string? memberId, out MemberKey key)
    {
        key = default;
        if (!OrderKey.IsValidMerchantId(merchantId) || !IsValidMemberId(memberId))
        {
            return false;
        }

        key = new MemberKey(merchantId, memberId);
        return true;
    }

    /// <summary>The grain key form <c>{merchantId}/{memberId}</c>.</summary>
    public override string ToString() => $"{MerchantId}/{MemberId}";
}
