using FacePay.Contracts.Members;

namespace FacePay.MerchantApi.Models;

/// <summary>Field messages shared by several endpoints, so the same field is explained the same way everywhere.</summary>
public static class FieldRules
{
    /// <summary>What a valid <c>memberId</c> is.</summary>
    public static readonly string MemberId = $"memberId is required: 1-{MemberKey.MaxMemberIdLength} characters of letters, digits, '_' or '-'.";
}
