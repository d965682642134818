using System.CommandLine;
using System.Globalization;
using FacePay.Cli.Output;
using Spectre.Console;

namespace FacePay.Cli.Commands.Cluster;

/// <summary><c>facepay cluster …</c>: the cluster's silos and what they hold.</summary>
internal static class ClusterCommands
{
    /// <summary>Builds the <c>cluster</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var command = new Command("cluster", "The cluster itself: its silos from the membership table, their load, and the grains they hold.");
        context.Help.Add(command, """
            Examples:
              facepay cluster status --postgres "Host=127.0.0.1;Port=5432;Username=facepay;Password=…;Database=facepay"
              FacePay__Client__PostgresConnectionString=… facepay cluster status --all --json
            """);
        command.Subcommands.Add(Status(context));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Also list dead silos (the membership table keeps them for a while)." };
        var command = new Command(
            "status",
            "Every silo in the membership table with its status, address, gateway port, start time, uptime, activations, CPU and " +
            "memory, and the activations per grain type. Exit 1 when no gateway answers.")
        {
            all,
        };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            await using var cluster = await context.ConnectAsync(parse, ct);
            var status = await ClusterStatus.ReadAsync(cluster, parse.GetValue(all), DateTimeOffset.UtcNow).WaitAsync(ct);
            await ReportPrinter.PrintDocumentAsync(context, parse, status, console => Write(console, status));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, ClusterStatus status)
    {
        var silos = new Table().Border(TableBorder.Rounded)
            .Title(Markup.Escape($"cluster {status.ClusterId} (service {status.ServiceId})"))
            .AddColumn("silo").AddColumn("name").AddColumn("status").AddColumn(new TableColumn("gateway").RightAligned())
            .AddColumn("started").AddColumn(new TableColumn("uptime").RightAligned()).AddColumn(new TableColumn("activations").RightAligned())
            .AddColumn(new TableColumn("cpu").RightAligned()).AddColumn(new TableColumn("memory").RightAligned());
        foreach (var silo in status.Silos)
        {
            silos.AddRow(
                new Text(silo.Address),
                new Text(silo.Name),
                new Markup(silo.Status == SiloStatus.Active ? "[green]Active[/]" : Markup.Escape(silo.Status.ToString())),
                new Text(silo.GatewayPort == 0 ? "-" : silo.GatewayPort.ToString(CultureInfo.InvariantCulture)),
                new Text(silo.StartedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
                new Text(silo.UptimeSeconds is { } up ? Uptime(up) : "-"),
                new Text(silo.Activations?.ToString("N0", CultureInfo.InvariantCulture) ?? "-"),
                new Text(silo.CpuPercent is { } cpu ? cpu.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-"),
                new Text(silo.MemoryBytes is { } bytes ? (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MiB" : "-"));
        }

        console.Write(silos);
        if (status.HiddenDeadSilos > 0)
        {
            console.MarkupLine($"[grey]{status.HiddenDeadSilos} dead silo(s) not shown (--all lists them).[/]");
        }

        var grains = new Table().Border(TableBorder.Rounded).Title(string.Create(CultureInfo.InvariantCulture, $"activations: {status.TotalActivations:N0}"))
            .AddColumn("grain type").AddColumn(new TableColumn("activations").RightAligned());
        foreach (var type in status.Grains)
        {
            grains.AddRow(new Text(type.GrainType), new Text(type.Activations.ToString("N0", CultureInfo.InvariantCulture)));
        }

        console.Write(grains);
    }

    private static string Uptime(long seconds)
    {
        var span = TimeSpan.FromSeconds(seconds);
        return span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d {span.Hours}h {span.Minutes}m")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Hours}h {span.Minutes}m {span.Seconds}s");
    }
}
