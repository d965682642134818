namespace FacePay.Cli.Commands.Load;

/// <summary>
/// One unit of load, given its 0-based index: returns null when it succeeded, else the reason it did not (the key
/// failures are counted by). An exception counts as a failure named by its type.
/// </summary>
public delegate Task<string?> LoadOperation(int index, CancellationToken cancellationToken);
