using FacePay.Testing;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>The labelled face photos in <c>tests/fixtures/faces</c> (obama_1/obama_2 one person, biden_1 another).</summary>
internal static class FacePhotos
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "fixtures", "faces", name));
}
