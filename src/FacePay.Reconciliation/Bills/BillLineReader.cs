using System.Text;

namespace FacePay.Reconciliation.Bills;

/// <summary>
/// Reads a bill's text one line at a time with a strict decoder: bytes that are not valid in the bill's encoding
/// stop the read with a <see cref="BillFormatException"/> instead of turning into replacement characters.
/// </summary>
internal sealed class BillLineReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly string _encodingName;

    public BillLineReader(Stream stream, Encoding encoding, string encodingName, bool leaveOpen = false)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        _reader = new StreamReader(stream, strict, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: leaveOpen);
        _encodingName = encodingName;
    }

    /// <summary>The number of the last line read (1-based).</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line, or null at the end.</summary>
    /// <exception cref="BillFormatException">The bytes are not valid in the bill's encoding, or the archive is damaged.</exception>
    public string? ReadLine()
    {
        try
        {
            var line = _reader.ReadLine();
            if (line is not null)
            {
                LineNumber++;
                if (LineNumber == 1 && line.Length > 0 && line[0] == '\uFEFF')
                {
                    line = line[1..];
                }
            }

            return line;
        }
        catch (DecoderFallbackException ex)
        {
            throw new BillFormatException($"The bill is not valid {_encodingName} text (at or after line {LineNumber + 1}).", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new BillFormatException($"The bill archive is damaged or truncated near line {LineNumber + 1}: {ex.Message}", ex);
        }
    }

    public void Dispose() => _reader.Dispose();
}
