namespace FacePay.Face.Tests;

/// <summary>
/// Loads the real models once for all tests. When they are missing this throws the library's own message
/// ("… run deploy/up.sh or deploy/test.sh …"), so the tests fail loudly instead of skipping.
/// </summary>
public sealed class FaceModelsFixture : IDisposable
{
    public FaceModelsFixture()
    {
        Options = new FaceModelOptions();
        Models = FaceModels.Load(FaceModelDirectory.Resolve(), Options.IntraOpThreads);
        Analyzer = new FaceAnalyzer(Models, Microsoft.Extensions.Options.Options.Create(Options));
        Matcher = new FaceMatcher(Microsoft.Extensions.Options.Options.Create(Options));
    }

    public FaceModelOptions Options { get; }

    public FaceModels Models { get; }

    public FaceAnalyzer Analyzer { get; }

    public FaceMatcher Matcher { get; }

    public FaceAnalyzer AnalyzerWith(Action<FaceModelOptions> change)
    {
        var options = new FaceModelOptions();
        change(options);
        return new FaceAnalyzer(Models, Microsoft.Extensions.Options.Options.Create(options));
    }

    public void Dispose() => Models.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FaceModelsCollection : ICollectionFixture<FaceModelsFixture>
{
    public const string Name = "face models";
}
