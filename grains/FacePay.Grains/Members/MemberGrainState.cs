using FacePay.Domain;

namespace FacePay.Grains.Members;

/// <summary>What <see cref="MemberGrain"/> persists. The template is only ever stored protected (encrypted and bound to the member key).</summary>
[GenerateSerializer, Alias("FacePay.MemberGrainState")]
public sealed class MemberGrainState
{
    /// <summary>The face template encrypted by <c>FaceTemplateProtector</c>, or null when not enrolled.</summary>
    [Id(0)]
    public byte[]? ProtectedTemplate { get; set; }

    /// <summary>When the current template was enrolled.</summary>
    [Id(1)]
    public DateTimeOffset? EnrolledAt { get; set; }

    /// <summary>How many photos the template was built from.</summary>
    [Id(2)]
    public int PhotoCount { get; set; }

    /// <summary>Withholding agreement (Alipay) or contract (WeChat) numbers by channel.</summary>
    [Id(3)]
    public Dictionary<PaymentChannel, string> Agreements { get; set; } = [];
}
