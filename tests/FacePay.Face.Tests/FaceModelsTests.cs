using FacePay.Testing;

namespace FacePay.Face.Tests;

public sealed class FaceModelsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("facepay-models-test-").FullName;

    [Fact]
    public void Missing_model_names_the_file_and_the_fix()
    {
        var ex = Assert.Throws<FaceModelsUnavailableException>(() => FaceModels.Load(folder));

        Assert.Contains("fr_detect.onnx", ex.Message, StringComparison.Ordinal);
        Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
        Assert.Contains("deploy/up.sh or deploy/test.sh", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_model_is_refused_by_its_checksum()
    {
        var source = FaceModelDirectory.Resolve();
        foreach (var file in FaceModels.PinnedSha256.Keys)
        {
            File.Copy(Path.Combine(source, file), Path.Combine(folder, file));
        }

        using (var stream = File.OpenWrite(Path.Combine(folder, FaceModels.LivenessFile)))
        {
            stream.Seek(1000, SeekOrigin.Begin);
            stream.WriteByte(0x5A);
        }

        var ex = Assert.Throws<FaceModelsUnavailableException>(() => FaceModels.Load(folder));

        Assert.Contains("fr_liveness.onnx", ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
        Assert.Contains(FaceModels.PinnedSha256[FaceModels.LivenessFile], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinned_checksums_match_the_fetch_script()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "lib", "face-models.sh"));

        foreach (var (file, sha) in FaceModels.PinnedSha256)
        {
            Assert.Contains($"[{file}]={sha}", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fetch_script_accepts_a_verified_cache_without_fetching()
    {
        var script = Path.Combine(RepositoryPaths.RepositoryRoot, "deploy", "lib", "face-models.sh");
        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", "set -euo pipefail; source \"$1\"; ensure_face_models; echo \"exported=$FACEPAY_MODELS_DIR\"", "bash", script },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["FACEPAY_MODELS_DIR"] = FaceModelDirectory.Resolve();
        start.Environment["PATH"] = "/usr/bin:/bin"; // sha256sum and friends; no npm needed on this path

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, stdout + stderr);
        Assert.Contains("models present and verified", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("npm pack", stdout, StringComparison.Ordinal);
        Assert.Contains("exported=" + FaceModelDirectory.Resolve(), stdout, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
