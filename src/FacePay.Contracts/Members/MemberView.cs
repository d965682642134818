using FacePay.Domain;

namespace FacePay.Contracts.Members;

/// <summary>A member as clients may see it. Never carries the template or agreement numbers.</summary>
[GenerateSerializer, Immutable, Alias("FacePay.MemberView")]
public sealed record MemberView
{
    /// <summary>The grain key, <c>{merchantId}/{memberId}</c>.</summary>
    [Id(0)]
    public required string Key { get; init; }

    /// <summary>Enrolled or not.</summary>
    [Id(1)]
    public required MemberStatus Status { get; init; }

    /// <summary>When the current template was enrolled.</summary>
    [Id(2)]
    public DateTimeOffset? EnrolledAt { get; init; }

    /// <summary>How many photos the current template was built from.</summary>
    [Id(3)]
    public int PhotoCount { get; init; }

    /// <summary>Channels on which the member has a withholding agreement.</summary>
    [Id(4)]
    public IReadOnlyList<PaymentChannel> AgreementChannels { get; init; } = [];
}
