namespace FacePay.Cli.Input;

/// <summary>Reads the files named on the command line, turning I/O failures into one-line messages.</summary>
internal static class InputFiles
{
    /// <summary>Reads a whole file as bytes.</summary>
    /// <param name="file">The file.</param>
    /// <param name="what">What the file is for, e.g. <c>--body-file</c> or <c>image A</c>, named in the message.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<byte[]> ReadBytesAsync(FileInfo file, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot read {file.FullName}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a whole file as UTF-8 text.</summary>
    /// <param name="file">The file.</param>
    /// <param name="what">What the file is for, named in the message.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<string> ReadTextAsync(FileInfo file, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return await File.ReadAllTextAsync(file.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot read {file.FullName}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a file, creating its folder.</summary>
    /// <param name="file">The file.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="what">What the file is for, named in the message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteBytesAsync(FileInfo file, byte[] content, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, content, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot write {file.FullName}: {ex.Message}", ex);
        }
    }
}
