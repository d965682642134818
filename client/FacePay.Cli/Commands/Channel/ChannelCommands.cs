using System.CommandLine;

namespace FacePay.Cli.Commands.Channel;

/// <summary><c>facepay channel</c>: talk to a payment channel directly, with the cluster's own protocol clients.</summary>
internal static class ChannelCommands
{
    /// <summary>Builds the <c>channel</c> command group.</summary>
    public static Command Build(CliContext context) => new(
        "channel",
        "Troubleshoot a payment channel: make one signed call and print the verified answer, or verify a notification. " +
        "Settings come from --config (the silo's appsettings or the sandbox's channels.appsettings.json) and/or key options.")
    {
        AlipayCommands.Build(context),
        WechatPayCommands.Build(context),
    };
}
