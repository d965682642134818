namespace FacePay.Face.Tests;

/// <summary>The ONNX sessions are shared by all callers; concurrent analyses must not interfere.</summary>
[Collection(FaceModelsCollection.Name)]
public sealed class ConcurrencyTests(FaceModelsFixture models)
{
    [Fact]
    public async Task Concurrent_analyses_on_shared_sessions_give_the_sequential_results()
    {
        string[] photos = ["obama_1.jpg", "biden_1.jpg", "leslie_1.jpg", "harington_2.jpg"];
        var sequential = photos.ToDictionary(p => p, p => models.Analyzer.Analyze(Fixtures.Read(p)).Embedding!.Values.ToArray());

        var work = Enumerable.Range(0, 16).Select(i => photos[i % photos.Length]).ToArray();
        var concurrent = await Task.WhenAll(work.Select(p => Task.Run(() => (Photo: p, Values: models.Analyzer.Analyze(Fixtures.Read(p)).Embedding!.Values.ToArray()))));

        Assert.All(concurrent, r => Assert.Equal(sequential[r.Photo], r.Values));
    }
}
