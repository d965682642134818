namespace FacePay.Grains.Tests.Face;

/// <summary>The labelled photographs in tests/fixtures/faces, found by walking up from the test assembly.</summary>
internal static class FacePhotos
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder.Value, name));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "faces");
            if (File.Exists(Path.Combine(candidate, "pairs.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures/faces was not found above " + AppContext.BaseDirectory);
    }
}
