namespace FacePay.Cli.Tests;

/// <summary>
/// <c>facepay face …</c> on the labelled photos in tests/fixtures/faces with the real models from ~/.facepay/models
/// (when they are missing these tests fail with the library's message naming the file and the fix).
/// </summary>
public sealed class FaceCommandTests : IDisposable
{
    private static readonly string Faces = Path.Combine(AppContext.BaseDirectory, "fixtures", "faces");
    private readonly string _scratch = Directory.CreateTempSubdirectory("facepay-cli-face-").FullName;

    [Fact]
    public async Task Two_photos_of_the_same_person_match()
    {
        var run = await CliRun.InvokeAsync("face", "compare", Face("obama_1.jpg"), Face("obama_2.jpg"), "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.True(run.Json["match"]!.GetValue<bool>());
        Assert.True(run.Json["similarity"]!.GetValue<double>() >= run.Json["threshold"]!.GetValue<double>());
        Assert.Null(run.Json["reason"]);
        foreach (var image in run.Json["images"]!.AsArray())
        {
            Assert.True(image!["accepted"]!.GetValue<bool>());
            Assert.Equal(1, image["faces"]!.GetValue<int>());
            Assert.InRange(image["liveness"]!.GetValue<double>(), 0.8, 1.0);
            Assert.True(image["quality"]!["faceSize"]!.GetValue<double>() > 60);
        }
    }

    [Fact]
    public async Task Two_different_people_do_not_match_and_the_command_still_exits_zero()
    {
        var run = await CliRun.InvokeAsync("face", "compare", Face("obama_1.jpg"), Face("biden_1.jpg"), "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.False(run.Json["match"]!.GetValue<bool>());
        Assert.True(run.Json["similarity"]!.GetValue<double>() < run.Json["threshold"]!.GetValue<double>());
    }

    [Fact]
    public async Task Two_people_in_one_photo_are_rejected_with_their_reason()
    {
        var run = await CliRun.InvokeAsync("face", "compare", Face("obama_1.jpg"), Face("two_people.jpg"), "--json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.False(run.Json["match"]!.GetValue<bool>());
        Assert.Null(run.Json["similarity"]);
        Assert.Contains("MultipleFaces", run.Json["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var rejected = run.Json["images"]![1]!;
        Assert.False(rejected["accepted"]!.GetValue<bool>());
        Assert.Equal(2, rejected["faces"]!.GetValue<int>());
        Assert.Equal("MultipleFaces", rejected["reason"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Compare_for_people_prints_a_table_with_the_verdict()
    {
        var run = await CliRun.InvokeAsync("face", "compare", Face("obama_partial_face.jpg"), Face("obama_2.jpg"));

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("FaceCutByFrame", run.Console, StringComparison.Ordinal);
        Assert.Contains("images[0].reason.code", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_prints_every_box_and_the_68_landmarks()
    {
        var accepted = await CliRun.InvokeAsync("face", "inspect", Face("obama_1.jpg"), "--json");
        var twoPeople = await CliRun.InvokeAsync("face", "inspect", Face("two_people.jpg"), "--json");

        Assert.True(accepted.ExitCode == ExitCodes.Success, accepted.ToString());
        Assert.True(accepted.Json["accepted"]!.GetValue<bool>());
        Assert.Equal(68, accepted.Json["landmarks"]!.AsArray().Count);
        Assert.Equal(5, accepted.Json["alignmentPoints"]!.AsArray().Count);
        Assert.NotNull(accepted.Json["liveness"]);
        Assert.NotNull(accepted.Json["quality"]!["sharpness"]);

        Assert.True(twoPeople.ExitCode == ExitCodes.Success, twoPeople.ToString());
        Assert.Equal(2, twoPeople.Json["detections"]!.AsArray().Count);
        Assert.Equal("MultipleFaces", twoPeople.Json["reason"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_text_file_named_jpg_exits_1_with_one_line()
    {
        var text = Scratch("notes.jpg", "this is not an image\n"u8.ToArray());

        var run = await CliRun.InvokeAsync("face", "compare", text, Face("obama_1.jpg"), "--json");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("notes.jpg: NotAnImage", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_exits_1_with_one_line()
    {
        var empty = Scratch("empty.jpg", []);

        var run = await CliRun.InvokeAsync("face", "inspect", empty);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("0 bytes", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_1_with_one_line()
    {
        var run = await CliRun.InvokeAsync("face", "inspect", Path.Combine(_scratch, "nowhere.jpg"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("nowhere.jpg", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_the_models_names_the_missing_file_and_the_fix()
    {
        var run = await CliRun.InvokeAsync("face", "inspect", Face("obama_1.jpg"), "--models", _scratch);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("fr_detect.onnx", line, StringComparison.Ordinal);
        Assert.Contains("deploy/up.sh", line, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static string Face(string name) => Path.Combine(Faces, name);

    private string Scratch(string name, byte[] content)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
