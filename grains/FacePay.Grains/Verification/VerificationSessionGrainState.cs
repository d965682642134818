using FacePay.Domain.Verification;

namespace FacePay.Grains.Verification;

/// <summary>What <see cref="VerificationSessionGrain"/> persists: the session (hashes of captures, never the captures).</summary>
[GenerateSerializer, Alias("FacePay.VerificationSessionGrainState")]
public sealed class VerificationSessionGrainState
{
    /// <summary>The session, or null before it was started.</summary>
    [Id(0)]
    public VerificationSession? Session { get; set; }

    /// <summary>Whether the order has acknowledged the session's conclusion (re-sent after a crash otherwise).</summary>
    [Id(1)]
    public bool ConclusionReported { get; set; }
}
