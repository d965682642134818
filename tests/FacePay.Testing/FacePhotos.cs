namespace FacePay.Testing;

/// <summary>
/// The labelled face photos in <c>tests/fixtures/faces</c> (see its <c>pairs.csv</c>: obama_1/obama_2 are one person,
/// biden_1 another), read from the repository so every test project uses the same files.
/// </summary>
public static class FacePhotos
{
    /// <summary>The folder holding the photos.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures", "faces");

    /// <summary>The bytes of one photo, e.g. <c>obama_1.jpg</c>.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
