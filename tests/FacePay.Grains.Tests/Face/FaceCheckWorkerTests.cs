using FacePay.Contracts.Verification;
using FacePay.Face;
using FacePay.Grains.Face;
using FacePay.Grains.Tests.Infrastructure;
using FacePay.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace FacePay.Grains.Tests.Face;

[Collection(ClusterCollection.Name)]
public sealed class FaceCheckWorkerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_fixture_photo_is_accepted_with_an_embedding_and_liveness()
    {
        var result = await fixture.Client.GetGrain<IFaceCheckWorker>(0).CheckAsync(FacePhotos.Read("obama_3.jpg"));

        Assert.Equal(FaceCheckStatus.Accepted, result.Status);
        Assert.Equal(FaceEmbedding.Dimensions * sizeof(float), result.Embedding!.Length);
        Assert.NotNull(result.Liveness);
    }

    [Fact]
    public async Task Text_bytes_are_rejected_as_not_an_image()
    {
        var result = await fixture.Client.GetGrain<IFaceCheckWorker>(0).CheckAsync("not a photo"u8.ToArray());

        Assert.Equal(FaceCheckStatus.Rejected, result.Status);
        Assert.Equal(FaceCheckReason.NotAnImage, result.Reason);
        Assert.Null(result.Embedding);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Every_face_rejection_reason_maps_to_the_wire_code_of_the_same_name_and_number()
    {
        foreach (var reason in Enum.GetValues<FaceRejectionReason>())
        {
            var code = FaceCheckWorker.ToReason(reason);
            Assert.Equal(reason.ToString(), code.ToString());
            Assert.Equal((int)reason, (int)code);
        }
    }

    [Fact]
    public async Task The_limiter_answers_busy_at_once_when_running_and_queued_checks_fill_it()
    {
        using var limiter = new FaceCheckLimiter(Options.Create(new FaceCheckOptions { MaxConcurrency = 1, MaxQueueLength = 1 }));
        using var gate = new ManualResetEventSlim();
        string Blocked()
        {
            gate.Wait();
            return "done";
        }

        var running = limiter.TryRunAsync(Blocked);
        var queued = limiter.TryRunAsync(Blocked);
        var refused = await limiter.TryRunAsync(() => "should not run");

        Assert.Null(refused);
        Assert.Equal(2, limiter.Pending);
        gate.Set();
        Assert.Equal("done", await running);
        Assert.Equal("done", await queued);
        Assert.Equal("ran", await limiter.TryRunAsync(() => "ran"));
        Assert.Equal(0, limiter.Pending);
    }
}
