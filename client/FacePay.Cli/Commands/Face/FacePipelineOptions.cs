using System.CommandLine;
using System.Globalization;
using FacePay.Face;

namespace FacePay.Cli.Commands.Face;

/// <summary>The options every face command shares: where the models are and the two thresholds worth overriding.</summary>
internal sealed class FacePipelineOptions
{
    private readonly Option<DirectoryInfo?> _models = new("--models")
    {
        Description = "Folder holding fr_detect.onnx, fr_landmark.onnx, fr_liveness.onnx and fr_feature.onnx. Default: " +
            "$FACEPAY_MODELS_DIR, else ${FACEPAY_HOME:-~/.facepay}/models (deploy/up.sh and deploy/test.sh fetch them there).",
        HelpName = "dir",
        Recursive = true,
    };

    private readonly Option<double?> _matchThreshold = new("--match-threshold")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Cosine similarity at or above which two faces match (default {new FaceModelOptions().MatchThreshold}, calibrated in docs/FACE.md)."),
        HelpName = "cosine",
        Recursive = true,
    };

    private readonly Option<double?> _livenessThreshold = new("--liveness-threshold")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Live probability below which a capture is rejected (default {new FaceModelOptions().LivenessThreshold})."),
        HelpName = "0-1",
        Recursive = true,
    };

    /// <summary>Adds the options to <paramref name="command"/> (recursively, for its subcommands).</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_models);
        command.Options.Add(_matchThreshold);
        command.Options.Add(_livenessThreshold);
    }

    /// <summary>Validates the options (with the library's own validator) and loads the models, checksums verified.</summary>
    /// <exception cref="CliException">An option is out of range, or a model is missing or corrupt (the message names the file and the fix).</exception>
    public FacePipeline Open(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var options = new FaceModelOptions { ModelDirectory = parseResult.GetValue(_models)?.FullName };
        if (parseResult.GetValue(_matchThreshold) is { } match)
        {
            options.MatchThreshold = match;
        }

        if (parseResult.GetValue(_livenessThreshold) is { } liveness)
        {
            options.LivenessThreshold = liveness;
        }

        var validation = new FaceModelOptionsValidator().Validate(null, options);
        if (validation.Failed)
        {
            throw new CliException(validation.FailureMessage.Replace("Face:MatchThreshold", _matchThreshold.Name, StringComparison.Ordinal)
                .Replace("Face:LivenessThreshold", _livenessThreshold.Name, StringComparison.Ordinal));
        }

        try
        {
            return new FacePipeline(FaceModels.Load(options.ModelDirectory, options.IntraOpThreads), options);
        }
        catch (FaceModelsUnavailableException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
