using FacePay.Face;
using Microsoft.ML.OnnxRuntime;

namespace FacePay.Benchmarks.Face;

/// <summary>
/// The raw baseline of issue 5: the same four ONNX files, opened with the session options our pipeline uses
/// (one intra-op thread, sequential, full graph optimisation, no spinning), run back to back on tensors made from
/// the same images ahead of time. Nothing of ours runs inside the timed call: no decoding, cropping, alignment or
/// post-processing, only ONNX Runtime and copying the outputs out.
/// </summary>
public sealed class RawFaceModels : IDisposable
{
    private static readonly string[] InputNames = ["input"];
    private static readonly string[] DetectOutputs = ["scores", "boxes"];
    private static readonly string[] SingleOutput = ["output"];
    private readonly InferenceSession _detect;
    private readonly InferenceSession _landmark;
    private readonly InferenceSession _liveness;
    private readonly InferenceSession _feature;

    public RawFaceModels(string modelDirectory)
    {
        _detect = Open(modelDirectory, FaceModels.DetectorFile);
        _landmark = Open(modelDirectory, FaceModels.LandmarkFile);
        _liveness = Open(modelDirectory, FaceModels.LivenessFile);
        _feature = Open(modelDirectory, FaceModels.FeatureFile);
    }

    /// <summary>Runs the four models once on one image's prepared inputs; returns the number of output floats.</summary>
    public int Run(RawFaceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using var options = new RunOptions();
        return Run(_detect, options, inputs.Detect, RawFaceInputs.DetectShape, DetectOutputs)
            + Run(_landmark, options, inputs.Landmark, RawFaceInputs.LandmarkShape, SingleOutput)
            + Run(_liveness, options, inputs.Liveness, RawFaceInputs.LivenessShape, SingleOutput)
            + Run(_feature, options, inputs.Feature, RawFaceInputs.FeatureShape, SingleOutput);
    }

    /// <summary>Each model's input batch dimension as the session reports it (-1 would be symbolic).</summary>
    public string BatchDimensions() => string.Join(", ", new[] { ("fr_detect", _detect), ("fr_landmark", _landmark), ("fr_liveness", _liveness), ("fr_feature", _feature) }
        .Select(m => $"{m.Item1} {m.Item2.InputMetadata["input"].Dimensions[0]}"));

    /// <summary>Milliseconds of each model's run on one image's inputs: detect, landmark, liveness, feature.</summary>
    public (double Detect, double Landmark, double Liveness, double Feature) TimeEach(RawFaceInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using var options = new RunOptions();
        return (
            Time(() => _ = Run(_detect, options, inputs.Detect, RawFaceInputs.DetectShape, DetectOutputs)),
            Time(() => _ = Run(_landmark, options, inputs.Landmark, RawFaceInputs.LandmarkShape, SingleOutput)),
            Time(() => _ = Run(_liveness, options, inputs.Liveness, RawFaceInputs.LivenessShape, SingleOutput)),
            Time(() => _ = Run(_feature, options, inputs.Feature, RawFaceInputs.FeatureShape, SingleOutput)));
    }

    private static double Time(Action action)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        action();
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public void Dispose()
    {
        _detect.Dispose();
        _landmark.Dispose();
        _liveness.Dispose();
        _feature.Dispose();
    }

    private static int Run(InferenceSession session, RunOptions options, float[] input, long[] shape, string[] outputs)
    {
        using var tensor = OrtValue.CreateTensorValueFromMemory(input, shape);
        using var results = session.Run(options, InputNames, [tensor], outputs);
        var count = 0;
        foreach (var result in results)
        {
            count += result.GetTensorDataAsSpan<float>().ToArray().Length;
        }

        return count;
    }

    private static InferenceSession Open(string folder, string file)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new InferenceSession(Path.Combine(folder, file), options);
    }
}
