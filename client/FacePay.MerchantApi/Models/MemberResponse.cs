using FacePay.Contracts.Members;

namespace FacePay.MerchantApi.Models;

/// <summary>A member as the Merchant API shows it (never the template).</summary>
/// <param name="MemberId">The merchant's member id.</param>
/// <param name="Status"><c>Enrolled</c> or <c>NotEnrolled</c>.</param>
/// <param name="EnrolledAt">When the current template was enrolled.</param>
/// <param name="PhotoCount">How many photos the template was built from.</param>
public sealed record MemberResponse(string MemberId, string Status, DateTimeOffset? EnrolledAt, int PhotoCount)
{
    /// <summary>Maps a member view.</summary>
    public static MemberResponse From(MemberKey key, MemberView member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return new(key.MemberId, member.Status.ToString(), member.EnrolledAt, member.PhotoCount);
    }
}
