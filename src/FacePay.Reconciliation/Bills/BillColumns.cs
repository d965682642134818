namespace FacePay.Reconciliation.Bills;

/// <summary>A bill's header row: the position of each column the reader needs, found by name (never by position).</summary>
internal sealed class BillColumns
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);

    private BillColumns(int count) => Count = count;

    /// <summary>How many columns the header has; every detail row must have as many.</summary>
    public int Count { get; }

    /// <summary>Reads the header row and checks that every required column is there.</summary>
    /// <param name="fields">The header row, already split.</param>
    /// <param name="prefix">The per-field prefix the bill uses, if any.</param>
    /// <param name="required">The column names the reader cannot do without.</param>
    /// <param name="bill">The bill's name for the message (e.g. "Alipay bill").</param>
    /// <returns>The columns.</returns>
    /// <exception cref="BillFormatException">A required column is missing.</exception>
    public static BillColumns Read(CsvFields fields, char prefix, IEnumerable<string> required, string bill)
    {
        var columns = new BillColumns(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            columns._positions.TryAdd(fields[i, prefix].ToString(), i);
        }

        var missing = required.Where(name => !columns._positions.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new BillFormatException($"The {bill} has no column {string.Join(", ", missing)}.");
        }

        return columns;
    }

    /// <summary>The position of a required column.</summary>
    public int this[string name] => _positions[name];

    /// <summary>The position of an optional column, or -1.</summary>
    public int Optional(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}
