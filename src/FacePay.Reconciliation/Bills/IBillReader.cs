namespace FacePay.Reconciliation.Bills;

/// <summary>Reads one channel's trade bill file as it was downloaded.</summary>
public interface IBillReader
{
    /// <summary>
    /// The bill's detail lines, read lazily one at a time (a 100,000-line bill is never held in memory as text).
    /// The summary lines are checked against the lines read when the end is reached, so a caller must consume the
    /// whole sequence before trusting any of it.
    /// </summary>
    /// <param name="file">The file as downloaded; must be seekable (a zip is read from its central directory).</param>
    /// <returns>The detail lines in file order.</returns>
    /// <exception cref="BillFormatException">The file is malformed (raised while enumerating).</exception>
    IEnumerable<BillRecord> Read(Stream file);
}
