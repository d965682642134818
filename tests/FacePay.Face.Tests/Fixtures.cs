namespace FacePay.Face.Tests;

/// <summary>Reads the labelled photos copied next to the test assembly from tests/fixtures/faces.</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "faces");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public static IReadOnlyList<LabelledPair> Pairs() =>
        File.ReadAllLines(Path.Combine(Folder, "pairs.csv"))
            .Skip(1)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Split(','))
            .Select(p => new LabelledPair(p[0].Trim(), p[1].Trim(), p[2].Trim() == "yes"))
            .ToList();

    public static IReadOnlyList<string> Photos() =>
        Directory.GetFiles(Folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.EndsWith(".jpg", StringComparison.Ordinal) || n.EndsWith(".png", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}

internal sealed record LabelledPair(string A, string B, bool SamePerson);
