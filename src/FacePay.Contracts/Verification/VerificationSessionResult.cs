using System.Diagnostics.CodeAnalysis;

namespace FacePay.Contracts.Verification;

/// <summary>The answer to <see cref="IVerificationSessionGrain.StartAsync"/>: the session, or why it was not started.</summary>
[GenerateSerializer, Immutable, Alias("FacePay.VerificationSessionResult")]
public sealed record VerificationSessionResult
{
    /// <summary>The session; null when refused.</summary>
    [Id(0)]
    public VerificationSessionView? Session { get; init; }

    /// <summary>The refusal, or null.</summary>
    [Id(1)]
    public VerificationStartError? Error { get; init; }

    /// <summary>A message a developer can act on when refused.</summary>
    [Id(2)]
    public string? Message { get; init; }

    /// <summary>True when the session is open (or was already, for the same order and member).</summary>
    [MemberNotNullWhen(true, nameof(Session))]
    public bool Succeeded => Error is null && Session is not null;

    /// <summary>A started session.</summary>
    public static VerificationSessionResult Ok(VerificationSessionView session) => new() { Session = session };

    /// <summary>A refusal.</summary>
    public static VerificationSessionResult Refused(VerificationStartError error, string message) => new() { Error = error, Message = message };
}
