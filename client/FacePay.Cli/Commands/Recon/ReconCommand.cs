using System.CommandLine;

namespace FacePay.Cli.Commands.Recon;

/// <summary><c>facepay recon</c>: reconciliation of channel bills with our books.</summary>
public static class ReconCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var recon = new Command("recon", "Reconcile a channel's daily bill with our orders and refunds.");
        recon.Subcommands.Add(ReconRunCommand.Create(context));
        return recon;
    }
}
