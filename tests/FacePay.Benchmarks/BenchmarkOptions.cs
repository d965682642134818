using System.Globalization;

namespace FacePay.Benchmarks;

/// <summary>The command line: which sections run, how long, and where the report goes.</summary>
public sealed record BenchmarkOptions(
    BenchmarkSettings Settings,
    bool Channels,
    bool Face,
    bool Orders,
    bool Reconciliation,
    bool Api,
    int Kiosks,
    string? OutputPath,
    IReadOnlyList<string> Arguments)
{
    public const string Usage =
        """
        Usage: deploy/bench.sh [--quick] [--only channels,face,orders,reconciliation,api] [--output FILE] [--rounds N] [--order-seconds S] [--kiosks N]
          --quick          one short round of everything (smoke run; writes no report unless --output is given);
                           FACEPAY_BENCH_QUICK=1 in the environment does the same
          --only LIST      run only these sections (default: all)
          --output FILE    where to write the report (default: docs/BENCHMARKS.md for a full run)
          --rounds N       alternating rounds per CPU comparison (default 15; face figures: 7)
          --order-seconds  length of one full-load window (default 5; 6 windows)
          --kiosks N       concurrent kiosks of the full order load (default 32)
        """;

    /// <summary>The sections a run can have, in the order they run.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["channels", "face", "orders", "reconciliation", "api"];

    /// <summary>Parses the arguments; throws <see cref="FormatException"/> with a one-line reason.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args, string defaultOutput, bool quickFromEnvironment = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = quickFromEnvironment || args.Contains("--quick") ? BenchmarkSettings.QuickRun : BenchmarkSettings.Full;
        var sections = new HashSet<string>(Sections, StringComparer.Ordinal);
        var kiosks = 32;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick":
                    break;
                case "--only":
                    var only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (only.Length == 0 || only.Any(s => !Sections.Contains(s)))
                    {
                        throw new FormatException($"--only takes a comma-separated list of {string.Join(", ", Sections)}.");
                    }

                    sections = new HashSet<string>(only, StringComparer.Ordinal);
                    break;
                case "--output":
                    output = Value();
                    break;
                case "--rounds":
                    settings = settings with { Rounds = Positive(Value(), "--rounds") };
                    break;
                case "--order-seconds":
                    settings = settings with { OrderRound = TimeSpan.FromSeconds(Positive(Value(), "--order-seconds")) };
                    break;
                case "--kiosks":
                    kiosks = Positive(Value(), "--kiosks");
                    break;
                default:
                    throw new FormatException($"Unknown argument '{args[i]}'.");
            }
        }

        return new BenchmarkOptions(
            settings,
            sections.Contains("channels"),
            sections.Contains("face"),
            sections.Contains("orders"),
            sections.Contains("reconciliation"),
            sections.Contains("api"),
            kiosks,
            output ?? (settings.Quick ? null : defaultOutput),
            [.. args]);
    }

    private static int Positive(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{name} takes a positive whole number, not '{text}'.");
}
