namespace FacePay.Chaos.Tests;

/// <summary>An enrolled member and the fixture photo a kiosk captures of them.</summary>
/// <param name="MemberId">The merchant's member id.</param>
/// <param name="CapturePhoto">Another photo of the enrolled person (a genuine pair).</param>
public sealed record ChaosMember(string MemberId, string CapturePhoto);
