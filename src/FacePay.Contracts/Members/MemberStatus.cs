namespace FacePay.Contracts.Members;

/// <summary>Whether a member can be verified by face.</summary>
[GenerateSerializer, Alias("FacePay.MemberStatus")]
public enum MemberStatus
{
    /// <summary>No face template (never enrolled, or deleted).</summary>
    NotEnrolled = 0,

    /// <summary>A protected face template is stored.</summary>
    Enrolled = 1,
}
