using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face.Pipeline;

/// <summary>Runs a single-input float model and copies the requested outputs out of native memory.</summary>
internal static class OnnxRunner
{
    private static readonly string[] InputNames = ["input"];

    public static float[][] Run(InferenceSession session, InputTensor input, string[] outputNames) =>
        Run(session, input.Memory, input.Shape, outputNames);

    public static float[][] Run(InferenceSession session, Memory<float> input, long[] shape, string[] outputNames)
    {
        using var tensor = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, input, shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, InputNames, [tensor], outputNames);
        var result = new float[outputs.Count][];
        for (var i = 0; i < outputs.Count; i++)
        {
            result[i] = outputs[i].GetTensorDataAsSpan<float>().ToArray();
        }

        return result;
    }
}
