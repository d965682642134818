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

    /// <summary>Creates (or truncates) <paramref name="file"/> for writing, with its folder.</summary>
    /// <exception cref="CliException">The file cannot be created.</exception>
    public static FileStream Create(FileInfo file, string what)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            file.Directory?.Create();
            return new FileStream(file.FullName, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot write {file.FullName}: {ex.Message}", ex);
        }
    }

    /// <summary>Moves a finished file to its final name, replacing what was there.</summary>
    /// <exception cref="CliException">The file cannot be moved.</exception>
    public static void MoveInto(FileInfo source, FileInfo target, string what)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            // File.Move, not FileInfo.MoveTo: the latter re-points the caller's FileInfo at the target.
            File.Move(source.FullName, target.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{what}: cannot write {target.FullName}: {ex.Message}", ex);
        }
    }
}
