using Microsoft.Extensions.Options;

namespace FacePay.Face;

/// <summary>Rejects <see cref="FaceModelOptions"/> that would make the gates meaningless.</summary>
public sealed class FaceModelOptionsValidator : IValidateOptions<FaceModelOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FaceModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MatchThreshold is <= -1 or >= 1 || double.IsNaN(options.MatchThreshold))
        {
            failures.Add($"Face:MatchThreshold must be in (-1, 1), got {options.MatchThreshold}.");
        }

        if (options.LivenessThreshold is < 0 or > 1 || double.IsNaN(options.LivenessThreshold))
        {
            failures.Add($"Face:LivenessThreshold must be in [0, 1], got {options.LivenessThreshold}.");
        }

        if (options.DetectionThreshold is <= 0 or >= 1 || double.IsNaN(options.DetectionThreshold))
        {
            failures.Add($"Face:DetectionThreshold must be in (0, 1), got {options.DetectionThreshold}.");
        }

        if (options.MinFaceSize < 16)
        {
            failures.Add($"Face:MinFaceSize must be at least 16 pixels, got {options.MinFaceSize}.");
        }

        if (options.MaxImageBytes < 1024)
        {
            failures.Add($"Face:MaxImageBytes must be at least 1024, got {options.MaxImageBytes}.");
        }

        if (options.MaxPixels < 320 * 240)
        {
            failures.Add($"Face:MaxPixels must be at least {320 * 240}, got {options.MaxPixels}.");
        }

        if (options.SecondFaceRatio is <= 0 or > 1 || double.IsNaN(options.SecondFaceRatio))
        {
            failures.Add($"Face:SecondFaceRatio must be in (0, 1], got {options.SecondFaceRatio}.");
        }

        if (options.DecodeLongSide is not 0 and < 320)
        {
            failures.Add($"Face:DecodeLongSide must be 0 (off) or at least 320, got {options.DecodeLongSide}.");
        }

        if (options.DecodeMinFaceSide is < 32 or > 1024)
        {
            failures.Add($"Face:DecodeMinFaceSide must be in [32, 1024] pixels, got {options.DecodeMinFaceSide}.");
        }

        if (options.SecondFaceMinScore is <= 0 or > 1 || double.IsNaN(options.SecondFaceMinScore))
        {
            failures.Add($"Face:SecondFaceMinScore must be in (0, 1], got {options.SecondFaceMinScore}.");
        }

        if (options.FrameMargin is < 0 or > 0.5 || double.IsNaN(options.FrameMargin))
        {
            failures.Add($"Face:FrameMargin must be in [0, 0.5], got {options.FrameMargin}.");
        }

        if (options.IntraOpThreads is < 1 or > 64)
        {
            failures.Add($"Face:IntraOpThreads must be in [1, 64], got {options.IntraOpThreads}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
