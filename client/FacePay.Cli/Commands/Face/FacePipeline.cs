using FacePay.Face;

namespace FacePay.Cli.Commands.Face;

/// <summary>The loaded models with an analyzer and a matcher configured from the command line.</summary>
internal sealed class FacePipeline : IDisposable
{
    // Input the pipeline cannot read at all; the command fails. Other rejections are verdicts, printed with exit 0.
    private static readonly FaceRejectionReason[] Unreadable = [FaceRejectionReason.NotAnImage, FaceRejectionReason.ImageCorrupt, FaceRejectionReason.ImageTooLarge];

    private readonly FaceModels _models;

    /// <summary>Creates the pipeline over loaded models.</summary>
    public FacePipeline(FaceModels models, FaceModelOptions options)
    {
        _models = models;
        Options = options;
        Analyzer = new FaceAnalyzer(models, Microsoft.Extensions.Options.Options.Create(options));
        Matcher = new FaceMatcher(Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>The thresholds and limits in force.</summary>
    public FaceModelOptions Options { get; }

    /// <summary>Turns one image into a template or a rejection.</summary>
    public FaceAnalyzer Analyzer { get; }

    /// <summary>Compares two templates against the match threshold.</summary>
    public FaceMatcher Matcher { get; }

    /// <summary>Analyses one image; unreadable images (not an image, damaged, too large) fail the command.</summary>
    /// <param name="image">The encoded bytes.</param>
    /// <param name="name">The file as named on the command line, for the message.</param>
    /// <param name="cancellationToken">Cancels between stages.</param>
    /// <exception cref="CliException">The bytes are not a readable image.</exception>
    public FaceAnalysis Analyze(byte[] image, string name, CancellationToken cancellationToken)
    {
        var analysis = Analyzer.Analyze(image, cancellationToken);
        if (analysis.Rejection is { } rejection && Unreadable.Contains(rejection.Reason))
        {
            throw new CliException($"{name}: {rejection.Reason}: {rejection.Message}");
        }

        return analysis;
    }

    /// <inheritdoc />
    public void Dispose() => _models.Dispose();
}
