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

        byte[] content;
        try
        {
            content = await client.DownloadBillAsync(bill, cancellationToken);
        }
        catch (ChannelBillDownloadException ex)
        {
            throw new CliException($"bill download failed: {ex.Message}", ex);
        }

        await InputFiles.WriteBytesAsync(output, content, "--output", cancellationToken);
        return new JsonObject { ["savedTo"] = output.FullName, ["bytes"] = content.Length };
    }
}
