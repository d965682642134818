namespace FacePay.Reconciliation.Bills;

/// <summary>
/// The fields of one CSV line as ranges into the line, so a reader makes strings only of the columns it needs.
/// Double-quoted fields (with <c>""</c> escapes) are accepted; bills rarely quote, but a name with a comma may be.
/// </summary>
internal sealed class CsvFields
{
    private readonly List<Range> _ranges = [];
    private string _line = string.Empty;

    /// <summary>How many fields the last line had.</summary>
    public int Count => _ranges.Count;

    /// <summary>Splits <paramref name="line"/>; the previous line's fields are forgotten.</summary>
    public void Split(string line)
    {
        _line = line;
        _ranges.Clear();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                _ranges.Add(start..i);
                start = i + 1;
            }
        }

        _ranges.Add(start..line.Length);
    }

    /// <summary>
    /// Field <paramref name="index"/> without surrounding quotes, the whitespace and tabs bills pad with, and
    /// <paramref name="prefix"/> (WeChat's backtick) when present.
    /// </summary>
    public ReadOnlySpan<char> this[int index, char prefix = '\0']
    {
        get
        {
            var field = _line.AsSpan(_ranges[index]).Trim();
            if (prefix != '\0' && field.Length > 0 && field[0] == prefix)
            {
                field = field[1..];
            }

            if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
            {
                field = field[1..^1];
            }

            return field.Trim();
        }
    }

    /// <summary>Field <paramref name="index"/> as a string (see the indexer), null when empty.</summary>
    public string? Text(int index, char prefix = '\0')
    {
        var field = this[index, prefix];
        return field.IsEmpty ? null : field.Contains("\"\"", StringComparison.Ordinal) ? field.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : field.ToString();
    }
}
