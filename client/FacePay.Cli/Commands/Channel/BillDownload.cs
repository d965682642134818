using System.Text.Json.Nodes;
using FacePay.Channels.Abstractions;
using FacePay.Cli.Input;

namespace FacePay.Cli.Commands.Channel;

/// <summary>The optional <c>--output</c> of the bill commands: download the bill through the client (hash checked) and save it.</summary>
internal static class BillDownload
{
    /// <summary>Downloads and saves the bill when <paramref name="output"/> is set; returns the report fields (empty otherwise).</summary>
    /// <exception cref="CliException">The download failed or the file does not match its hash.</exception>
    public static async Task<JsonObject> SaveAsync(IPaymentChannel client, ChannelBillResult bill, FileInfo? output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (output is null)
        {
            return [];
        }

        // Downloaded into a temporary file beside the target and moved into place only once the hash checked out,
        // so a failed download never leaves a half bill under the requested name.
        var partial = new FileInfo(output.FullName + ".partial");
        long bytes;
        try
        {
            await using (var destination = InputFiles.Create(partial, "--output"))
            {
                await client.DownloadBillAsync(bill, destination, cancellationToken);
                bytes = destination.Length;
            }

            InputFiles.MoveInto(partial, output, "--output");
        }
        catch (ChannelBillDownloadException ex)
        {
            throw new CliException($"bill download failed: {ex.Message}", ex);
        }
        finally
        {
            partial.Refresh();
            if (partial.Exists)
            {
                partial.Delete();
            }
        }

        return new JsonObject { ["savedTo"] = output.FullName, ["bytes"] = bytes };
    }
}
