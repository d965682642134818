using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FacePay.Cli.Cluster;
using FacePay.Client;
using FacePay.Domain;
using FacePay.Reconciliation.Reports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace FacePay.Cli.Commands.Recon;

/// <summary>
/// <c>facepay recon run --channel C --date D</c>: starts (or joins) the reconciliation of channel C's bill of day D,
/// shows its progress, and prints the summary and the discrepancies (or one JSON document with <c>--json</c>).
/// Exits 0 when the run completed, whatever it found; 1 when it failed (its reason on one line).
/// </summary>
public static class ReconRunCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var channel = new Option<string>("--channel") { Description = "alipay or wechatpay.", Required = true };
        channel.Validators.Add(result =>
        {
            if (!ReconciliationKey.TryParseChannel(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--channel '{result.GetValueOrDefault<string>()}' is not a channel: use alipay or wechatpay.");
            }
        });
        var date = new Option<string>("--date") { Description = "The bill date (Beijing day), yyyy-MM-dd.", Required = true };
        date.Validators.Add(result =>
        {
            if (!DateOnly.TryParseExact(result.GetValueOrDefault<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date '{result.GetValueOrDefault<string>()}' is not a date: use yyyy-MM-dd.");
            }
        });
        var timeout = new Option<int>("--timeout") { Description = "Give up waiting after this many seconds (the run goes on in the cluster).", DefaultValueFactory = _ => 900 };

        var command = new Command("run", "Run (or join) the reconciliation of one channel's day and report what it found.");
        command.Options.Add(channel);
        command.Options.Add(date);
        command.Options.Add(timeout);
        ClusterConnection.AddOptions(command);
        CliAction.Set(command, context, async (parseResult, cancellationToken) =>
        {
            if (!ReconciliationKey.TryParseChannel(parseResult.GetValue(channel), out var paymentChannel))
            {
                throw new CliException("--channel must be alipay or wechatpay.");
            }

            var day = DateOnly.ParseExact(parseResult.GetValue(date)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, parseResult.GetValue(timeout))));
            await using var cluster = await ClusterConnection.ConnectAsync(parseResult, cancellationToken);
            var client = cluster.Services.GetRequiredService<IReconciliationClient>();
            var json = parseResult.GetValue(context.Json);
            var status = json
                ? await FollowAsync(client, paymentChannel, day, _ => { }, deadline.Token, cancellationToken)
                : await FollowWithProgressAsync(context.Output.Console, client, paymentChannel, day, deadline.Token, cancellationToken);

            if (status.Phase == ReconciliationPhase.Failed)
            {
                throw new CliException($"Reconciliation of {paymentChannel} {day:yyyy-MM-dd} failed and changed nothing: {status.Error}");
            }

            if (json)
            {
                await context.Output.Out.WriteLineAsync(JsonSerializer.Serialize(ReconciliationDocument.From(status), JsonOptions));
            }
            else
            {
                ReconciliationReportView.Write(context.Output.Console, status.Report!);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Task<ReconciliationStatus> FollowWithProgressAsync(
        IAnsiConsole console, IReconciliationClient client, PaymentChannel channel, DateOnly day, CancellationToken deadline, CancellationToken cancellationToken) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"{channel} {day:yyyy-MM-dd}: starting");
                var status = await FollowAsync(client, channel, day, s =>
                {
                    task.Description = s.Phase switch
                    {
                        ReconciliationPhase.Matching => $"{channel} {day:yyyy-MM-dd}: matching ({s.LinesRead:N0} bill lines)",
                        _ => $"{channel} {day:yyyy-MM-dd}: {s.Phase.ToString().ToLowerInvariant()}",
                    };
                    task.IsIndeterminate = s.ItemsTotal == 0 && s.IsRunning;
                    task.MaxValue = Math.Max(1, s.ItemsTotal);
                    task.Value = s.IsRunning ? s.ItemsDone : task.MaxValue;
                }, deadline, cancellationToken);
                task.StopTask();
                return status;
            });

    // Starts or joins the run, then polls until it ends.
    private static async Task<ReconciliationStatus> FollowAsync(
        IReconciliationClient client, PaymentChannel channel, DateOnly day, Action<ReconciliationStatus> onProgress, CancellationToken deadline, CancellationToken cancellationToken)
    {
        var status = await client.StartAsync(channel, day, cancellationToken);
        while (status.IsRunning)
        {
            onProgress(status);
            try
            {
                await Task.Delay(PollInterval, deadline);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliException($"The run of {channel} {day:yyyy-MM-dd} did not finish within --timeout; it goes on in the cluster (run again to follow it).");
            }

            status = await client.GetStatusAsync(channel, day, cancellationToken);
        }

        onProgress(status);
        return status;
    }
}
