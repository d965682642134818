using FacePay.Deploy.Tests.Docker;
using FacePay.Deploy.Tests.Validation;
using FacePay.Testing;

namespace FacePay.Deploy.Tests;

public sealed class DockerfileTests
{
    private static readonly string Root = RepositoryPaths.RepositoryRoot;

    public static TheoryData<string> Images() => [.. ImageCatalog.Load().Images.Keys];

    [Theory]
    [MemberData(nameof(Images))]
    public void Dockerfile_passes_every_static_check(string image)
    {
        var dockerfile = ImageCatalog.Load().Images[image].Dockerfile;
        var problems = DockerfileChecks.Problems(dockerfile, Root);
        Assert.True(problems.Count == 0, $"deploy/docker/{image}/Dockerfile:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_process_of_the_system_has_an_image()
    {
        Assert.Equal(["merchant-api", "sandbox", "schema", "silo"], ImageCatalog.Load().Images.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Silo_image_fetches_the_face_models_with_the_pinned_script_and_points_the_silo_at_them()
    {
        var silo = ImageCatalog.Load().Images["silo"].Dockerfile;
        var models = silo.Stages.Single(s => s.Name == "face-models");
        Assert.Contains(models.All("RUN"), r => r.Arguments.Contains("face-models.sh", StringComparison.Ordinal) && r.Arguments.Contains("ensure_face_models", StringComparison.Ordinal));
        Assert.Contains(silo.Final.All("COPY"), c => c.Arguments.StartsWith("--from=face-models /models ", StringComparison.Ordinal));
        var directory = silo.Environment["FACEPAY_MODELS_DIR"];
        Assert.Contains(silo.Final.All("COPY"), c => c.Arguments.EndsWith(" " + directory, StringComparison.Ordinal));
    }

    [Fact]
    public void A_copy_of_a_missing_path_is_reported()
    {
        var broken = Parse(ImageCatalog.Load().Images["merchant-api"].Dockerfile, text => text.Replace("COPY client/ client/", "COPY clients/ clients/", StringComparison.Ordinal));
        var problems = DockerfileChecks.Problems(broken, Root);
        Assert.Contains(problems, p => p.Contains("'clients/' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("does not COPY client/FacePay.MerchantApi", StringComparison.Ordinal));
    }

    [Fact]
    public void An_entrypoint_naming_another_assembly_is_reported()
    {
        var broken = Parse(ImageCatalog.Load().Images["silo"].Dockerfile, text => text.Replace("\"FacePay.Silo.dll\"", "\"FacePay.Silo.Host.dll\"", StringComparison.Ordinal));
        Assert.Contains(DockerfileChecks.Problems(broken, Root), p => p.Contains("ENTRYPOINT must be [\"dotnet\", \"FacePay.Silo.dll\"]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_final_stage_without_a_user_or_on_another_runtime_is_reported()
    {
        var broken = Parse(ImageCatalog.Load().Images["sandbox"].Dockerfile, text => text
            .Replace("USER $APP_UID", string.Empty, StringComparison.Ordinal)
            .Replace("aspnet:10.0", "aspnet:9.0", StringComparison.Ordinal));
        var problems = DockerfileChecks.Problems(broken, Root);
        Assert.Contains(problems, p => p.Contains("non-root", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("use mcr.microsoft.com/dotnet/aspnet:10.0", StringComparison.Ordinal));
    }

    [Fact]
    public void Continuation_lines_and_comments_are_read_as_docker_reads_them()
    {
        var dockerfile = Dockerfile.Parse("test", "# c\nFROM a AS one\nRUN x \\\n    # inside\n    y\nFROM b\nENV A=1 \\\n    B=\"two\"\nEXPOSE 80 443/tcp\nUSER 10001\nENTRYPOINT [\"dotnet\", \"X.dll\"]\n");
        Assert.Equal(2, dockerfile.Stages.Count);
        Assert.Equal("one", dockerfile.Stages[0].Name);
        Assert.Equal("x y", Assert.Single(dockerfile.Stages[0].All("RUN")).Arguments);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "two" }, dockerfile.Environment);
        Assert.Equal([80, 443], dockerfile.ExposedPorts.Order());
        Assert.Equal("10001", dockerfile.User);
        Assert.Equal(["dotnet", "X.dll"], dockerfile.Entrypoint);
    }

    private static Dockerfile Parse(Dockerfile original, Func<string, string> change)
    {
        var text = change(File.ReadAllText(original.Path));
        Assert.NotEqual(File.ReadAllText(original.Path), text);
        return Dockerfile.Parse("(edited) " + original.Path, text);
    }
}
