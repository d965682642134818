using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;

namespace FacePay.Face;

/// <summary>
/// The four ONNX sessions of the face pipeline, loaded once and shared: <see cref="InferenceSession.Run(RunOptions, IReadOnlyCollection{string}, IReadOnlyCollection{OrtValue}, IReadOnlyCollection{string})"/>
/// is thread-safe, so one instance serves every concurrent request. Each file is checked against the SHA-256 pinned
/// in <c>deploy/lib/face-models.sh</c> before it is loaded, so a different or damaged model is refused rather than
/// silently producing embeddings that no longer match the enrolled templates.
/// </summary>
public sealed class FaceModels : IDisposable
{
    /// <summary>Detector file name.</summary>
    public const string DetectorFile = "fr_detect.onnx";

    /// <summary>68-point landmark model file name.</summary>
    public const string LandmarkFile = "fr_landmark.onnx";

    /// <summary>Anti-spoofing model file name.</summary>
    public const string LivenessFile = "fr_liveness.onnx";

    /// <summary>Embedding model file name.</summary>
    public const string FeatureFile = "fr_feature.onnx";

    private const string Fix = "Run deploy/up.sh or deploy/test.sh, which fetch the models (or source deploy/lib/face-models.sh and call ensure_face_models).";

    /// <summary>The pinned SHA-256 (lower-case hex) of each model, the same sums as deploy/lib/face-models.sh.</summary>
    public static IReadOnlyDictionary<string, string> PinnedSha256 { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DetectorFile] = "6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854",
        [LandmarkFile] = "f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258",
        [LivenessFile] = "afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d",
        [FeatureFile] = "87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581",
    };

    private FaceModels(string directory, InferenceSession detector, InferenceSession landmark, InferenceSession liveness, InferenceSession feature)
    {
        Directory = directory;
        Detector = detector;
        Landmark = landmark;
        Liveness = liveness;
        Feature = feature;
    }

    /// <summary>The folder the models were loaded from.</summary>
    public string Directory { get; }

    internal InferenceSession Detector { get; }

    internal InferenceSession Landmark { get; }

    internal InferenceSession Liveness { get; }

    internal InferenceSession Feature { get; }

    /// <summary>
    /// Verifies and loads the four models from <paramref name="directory"/> (resolved with
    /// <see cref="FaceModelDirectory.Resolve"/> when null).
    /// </summary>
    /// <exception cref="FaceModelsUnavailableException">A file is missing, has the wrong checksum, or does not load.</exception>
    public static FaceModels Load(string? directory = null, int intraOpThreads = 1)
    {
        var folder = FaceModelDirectory.Resolve(directory);
        foreach (var (file, expected) in PinnedSha256)
        {
            Verify(folder, file, expected);
        }

        var sessions = new List<InferenceSession>(4);
        try
        {
            foreach (var file in new[] { DetectorFile, LandmarkFile, LivenessFile, FeatureFile })
            {
                sessions.Add(Open(folder, file, intraOpThreads));
            }

            return new FaceModels(folder, sessions[0], sessions[1], sessions[2], sessions[3]);
        }
        catch
        {
            foreach (var session in sessions)
            {
                session.Dispose();
            }

            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Detector.Dispose();
        Landmark.Dispose();
        Liveness.Dispose();
        Feature.Dispose();
    }

    private static void Verify(string folder, string file, string expected)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new FaceModelsUnavailableException($"Face model {file} is missing from {folder}. {Fix}");
        }

        string actual;
        using (var stream = File.OpenRead(path))
        {
            actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            throw new FaceModelsUnavailableException(
                $"Face model {path} is corrupt or a different version (SHA-256 {actual}, expected {expected}). Delete it, then: {Fix}");
        }
    }

    private static InferenceSession Open(string folder, string file, int intraOpThreads)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // Spinning worker threads fight over the cores when several requests run at once (measured: 68 → 15 images/s).
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        try
        {
            return new InferenceSession(Path.Combine(folder, file), options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new FaceModelsUnavailableException($"Face model {Path.Combine(folder, file)} failed to load: {ex.Message}. {Fix}", ex);
        }
    }
}
