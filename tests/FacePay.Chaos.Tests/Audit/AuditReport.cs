using System.Globalization;
using System.Text;

namespace FacePay.Chaos.Tests.Audit;

/// <summary>What a scenario's audit found: the violations (must be none) and the figures it measured.</summary>
public sealed class AuditReport
{
    private readonly List<string> _violations = [];
    private readonly List<string> _facts = [];

    /// <summary>The scenario audited.</summary>
    public required string Scenario { get; init; }

    /// <summary>Broken promises: each is a lost, doubled or stuck payment, or a webhook that lies.</summary>
    public IReadOnlyList<string> Violations => _violations;

    /// <summary>Measured figures (counts, totals, durations).</summary>
    public IReadOnlyList<string> Facts => _facts;

    /// <summary>Records a violation.</summary>
    public void Violation(string text) => _violations.Add(text);

    /// <summary>Records a figure.</summary>
    public void Fact(string text) => _facts.Add(text);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"chaos audit of '{Scenario}': {(_violations.Count == 0 ? "clean" : $"{_violations.Count} violation(s)")}");
        foreach (var fact in _facts)
        {
            text.AppendLine("  " + fact);
        }

        foreach (var violation in _violations.Take(60))
        {
            text.AppendLine("  VIOLATION " + violation);
        }

        if (_violations.Count > 60)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ... and {_violations.Count - 60} more");
        }

        return text.ToString();
    }
}
