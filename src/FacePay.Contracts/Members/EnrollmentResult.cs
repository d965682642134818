namespace FacePay.Contracts.Members;

/// <summary>The answer to <see cref="IMemberGrain.EnrollAsync"/>.</summary>
[GenerateSerializer, Immutable, Alias("FacePay.EnrollmentResult")]
public sealed record EnrollmentResult
{
    /// <summary>The member afterwards (unchanged when refused).</summary>
    [Id(0)]
    public required MemberView Member { get; init; }

    /// <summary>Why the enrolment was refused, or null when the template was (re)placed.</summary>
    [Id(1)]
    public EnrollmentError? Error { get; init; }

    /// <summary>A message a developer can act on when refused.</summary>
    [Id(2)]
    public string? Message { get; init; }

    /// <summary>The verdict on each photo (empty when the request was refused before any analysis).</summary>
    [Id(3)]
    public IReadOnlyList<EnrollmentPhotoResult> Photos { get; init; } = [];

    /// <summary>True when a new template is stored.</summary>
    public bool Succeeded => Error is null;
}
