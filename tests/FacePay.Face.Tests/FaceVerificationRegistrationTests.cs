using System.Security.Cryptography;
using FacePay.Face.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FacePay.Face.Tests;

public sealed class FaceVerificationRegistrationTests
{
    [Fact]
    public async Task Registered_services_resolve_from_configuration()
    {
        using var host = Build(new()
        {
            ["Face:MatchThreshold"] = "0.4",
            ["Face:Templates:ActiveKeyId"] = "k1",
            ["Face:Templates:Keys:k1:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        });

        await host.StartAsync();
        var matcher = host.Services.GetRequiredService<FaceMatcher>();
        var analyzer = host.Services.GetRequiredService<FaceAnalyzer>();
        var protector = host.Services.GetRequiredService<FaceTemplateProtector>();
        await host.StopAsync();

        Assert.Same(analyzer, host.Services.GetRequiredService<FaceAnalyzer>());
        Assert.Same(analyzer, host.Services.GetRequiredService<IFaceAnalyzer>());
        Assert.NotNull(protector);
        var e = FaceEmbedding.FromValues(Enumerable.Repeat(1f, FaceEmbedding.Dimensions).ToArray());
        Assert.Equal(0.4, matcher.Compare(e, e).Threshold);
    }

    [Theory]
    [InlineData("Face:MatchThreshold", "1.5", "MatchThreshold")]
    [InlineData("Face:LivenessThreshold", "-0.1", "LivenessThreshold")]
    [InlineData("Face:MinFaceSize", "4", "MinFaceSize")]
    [InlineData("Face:MaxImageBytes", "10", "MaxImageBytes")]
    [InlineData("Face:DecodeLongSide", "200", "DecodeLongSide")]
    [InlineData("Face:DecodeMinFaceSide", "8", "DecodeMinFaceSide")]
    public async Task Invalid_face_options_stop_the_host_at_start(string key, string value, string expected)
    {
        using var host = Build(new() { [key] = value });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_template_key_stops_the_host_at_start()
    {
        using var host = Build(new()
        {
            ["Face:Templates:ActiveKeyId"] = "k1",
            ["Face:Templates:Keys:k1:Key"] = "c2hvcnQ=",
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("must be 32 bytes", ex.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddFaceVerification(builder.Configuration);
        return builder.Build();
    }
}
