using System.CommandLine;
using System.Text.Json.Nodes;
using FacePay.Cli.Input;
using FacePay.Cli.Output;

namespace FacePay.Cli.Commands.Face;

/// <summary><c>facepay face …</c>: run the cluster's face pipeline locally on image files.</summary>
internal static class FaceCommands
{
    /// <summary>Builds the <c>face</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var pipeline = new FacePipelineOptions();
        var command = new Command(
            "face",
            "Run the face pipeline the cluster uses (decode, detect, quality gates, landmarks, liveness, embedding) on image files. " +
            "Exit 0 whenever the command ran, whatever the verdict; exit 1 with one line for an unreadable image or missing models.");
        pipeline.AddTo(command);
        command.Subcommands.Add(Compare(context, pipeline));
        command.Subcommands.Add(Inspect(context, pipeline));
        return command;
    }

    private static Command Compare(CliContext context, FacePipelineOptions pipelineOptions)
    {
        var first = new Argument<FileInfo>("A") { Description = "The first image (JPEG, PNG or WebP; the format is judged from the content)." };
        var second = new Argument<FileInfo>("B") { Description = "The second image." };
        var command = new Command(
            "compare",
            "Are A and B the same person? Prints the cosine similarity, the threshold and the match, and for each image the faces " +
            "found, liveness, quality and, when a quality gate rejected it, the reason (then there is no similarity and no match).")
        {
            first, second,
        };
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var (a, b) = (parse.GetRequiredValue(first), parse.GetRequiredValue(second));
            var bytesA = await InputFiles.ReadBytesAsync(a, "image A", ct);
            var bytesB = await InputFiles.ReadBytesAsync(b, "image B", ct);
            using var pipeline = pipelineOptions.Open(parse);
            var analysisA = pipeline.Analyze(bytesA, a.ToString(), ct);
            var analysisB = pipeline.Analyze(bytesB, b.ToString(), ct);
            var report = new JsonObject();
            if (analysisA.Embedding is { } templateA && analysisB.Embedding is { } templateB)
            {
                var match = pipeline.Matcher.Compare(templateA, templateB);
                report["match"] = match.IsMatch;
                report["similarity"] = FaceAnalysisReport.Score(match.Similarity);
                report["threshold"] = match.Threshold;
            }
            else
            {
                var rejected = analysisA.Rejection is { } ra ? (File: a.ToString(), Rejection: ra) : (File: b.ToString(), Rejection: analysisB.Rejection!);
                report["match"] = false;
                report["similarity"] = null;
                report["threshold"] = pipeline.Options.MatchThreshold;
                report["reason"] = $"{rejected.File} rejected: {rejected.Rejection.Reason}: {rejected.Rejection.Message}";
            }

            report["images"] = new JsonArray(FaceAnalysisReport.Summary(a.ToString(), analysisA), FaceAnalysisReport.Summary(b.ToString(), analysisB));
            await ReportPrinter.PrintAsync(context, parse, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Inspect(CliContext context, FacePipelineOptions pipelineOptions)
    {
        var image = new Argument<FileInfo>("IMG") { Description = "The image (JPEG, PNG or WebP)." };
        var command = new Command(
            "inspect",
            "What the pipeline sees in one image: every detected face box with its score, the 68 landmarks and 5 alignment points " +
            "of the dominant face, liveness, quality and the verdict (with the reason when a quality gate rejected it).")
        {
            image,
        };
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var file = parse.GetRequiredValue(image);
            var bytes = await InputFiles.ReadBytesAsync(file, "image", ct);
            using var pipeline = pipelineOptions.Open(parse);
            var analysis = pipeline.Analyze(bytes, file.ToString(), ct);
            var report = FaceAnalysisReport.Detail(file.ToString(), analysis);

            // 68 points make an unreadable table; people get the count, --json gets the points.
            var humanView = (JsonObject)report.DeepClone();
            if (analysis.Landmarks.Count > 0)
            {
                humanView["landmarks"] = $"{analysis.Landmarks.Count} points (--json prints them)";
            }

            await ReportPrinter.PrintAsync(context, parse, report, humanView);
            return ExitCodes.Success;
        });
        return command;
    }
}
