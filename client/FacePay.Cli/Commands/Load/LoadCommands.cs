using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Security.Cryptography;
using FacePay.Cli.Cluster;
using FacePay.Cli.Input;
using FacePay.Cli.Output;
using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using Spectre.Console;

namespace FacePay.Cli.Commands.Load;

/// <summary>
/// <c>facepay load orders|face-pay</c>: drive N operations at a rate and concurrency against a cluster on this machine,
/// with a live progress bar and a latency summary at the end. Bounded in count and time; it stops by itself.
/// </summary>
internal static class LoadCommands
{
    private const string DefaultAlipayPayerCode = "fp2088000000000001";
    private const string DefaultWechatPayPayerCode = "130061098828009406";

    /// <summary>Builds the <c>load</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "load",
            "Drive load at a cluster on this machine (every active silo must be on a loopback address): N operations started at " +
            "--rate per second, at most --concurrency in flight, stopping at --time-limit whatever is left. A live progress bar " +
            "shows the run; the summary gives the counts, failures by reason, throughput and latency p50/p90/p99/max (per " +
            "operation, from its own start). Exit 0 when every operation succeeded, 1 (after the summary) when any did not.");
        context.Help.Add(command, """
            Examples:
              facepay load orders -m m1 --count 1000 --rate 200 --concurrency 16
              facepay load face-pay -m m1 --count 50 --rate 5 --member loadtest --enroll tests/fixtures/faces/obama_1.jpg \
                  --photo tests/fixtures/faces/obama_2.jpg --channel wechatpay --json
            """);
        command.Subcommands.Add(Orders(context));
        command.Subcommands.Add(FacePays(context));
        return command;
    }

    private static Command Orders(CliContext context)
    {
        var options = new LoadOptions(memberRequired: false);
        var command = new Command(
            "orders",
            "Create N orders (state Created; nothing is charged). An order succeeds when the cluster created it.");
        options.AddTo(command);
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var scenario = options.Scenario(parse, "orders", charges: false);
            await using var cluster = await context.ConnectAsync(parse, ct);
            await RequireLoopbackAsync(cluster);
            return await RunAsync(context, parse, options.Plan(parse), scenario, LoadOperations.CreateOrder(cluster.FacePay, scenario), ct);
        });
        return command;
    }

    private static Command FacePays(CliContext context)
    {
        var options = new LoadOptions(memberRequired: true);
        var photo = new Option<FileInfo>("--photo")
        {
            Description = "The capture every face-pay submits (JPEG, PNG or WebP of the member, e.g. tests/fixtures/faces/obama_2.jpg).",
            HelpName = "file",
            Required = true,
        };
        var enroll = new Option<FileInfo[]>("--enroll")
        {
            Description = "Enrol the member from these photos before the run (else the member must be enrolled already).",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = true,
        };
        var payerCode = new Option<string?>("--payer-code")
        {
            Description = $"The payer code sent with every charge (default {DefaultAlipayPayerCode} for alipay, {DefaultWechatPayPayerCode} for wechatpay: codes the sandbox accepts; a real channel refuses them).",
            HelpName = "code",
        };
        var command = new Command(
            "face-pay",
            "Run N kiosk face-pays: create an order, open a verification session, submit --photo, and on a match pay through the " +
            "cluster's channel (the sandbox on a development cluster). An operation succeeds when its order ends Paid.")
        {
            photo, enroll, payerCode,
        };
        options.AddTo(command);
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var scenario = options.Scenario(parse, "face-pay", charges: true);
            var capture = await InputFiles.ReadBytesAsync(parse.GetRequiredValue(photo), "--photo", ct);
            var enrolment = new List<byte[]>();
            foreach (var file in parse.GetValue(enroll) ?? [])
            {
                enrolment.Add(await InputFiles.ReadBytesAsync(file, "--enroll", ct));
            }

            var code = parse.GetValue(payerCode) ?? (scenario.Channel == PaymentChannel.Alipay ? DefaultAlipayPayerCode : DefaultWechatPayPayerCode);
            await using var cluster = await context.ConnectAsync(parse, ct);
            await RequireLoopbackAsync(cluster);
            await RequireEnrolledAsync(cluster, new MemberKey(scenario.MerchantId, scenario.MemberId), enrolment, ct);
            return await RunAsync(context, parse, options.Plan(parse), scenario, LoadOperations.FacePay(cluster.FacePay, scenario, capture, code), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LoadPlan plan, LoadScenario scenario, LoadOperation operation, CancellationToken cancellationToken)
    {
        var runner = new LoadRunner(TimeProvider.System);
        LoadResult result;
        if (context.WantsJson(parse))
        {
            result = await runner.RunAsync(plan, operation, _ => { }, cancellationToken);
        }
        else
        {
            result = await context.Output.Console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask(Describe(scenario, new LoadProgress(0, 0, 0)), maxValue: plan.Count);
                    var ran = await runner.RunAsync(plan, operation, p =>
                    {
                        task.Value = p.Finished;
                        task.Description = Describe(scenario, p);
                    }, cancellationToken);
                    task.StopTask();
                    return ran;
                });
        }

        var summary = LoadSummary.From(scenario, result);
        await ReportPrinter.PrintDocumentAsync(context, parse, summary, summary.Write);
        if (summary.Succeeded < summary.Requested)
        {
            throw new CliException(string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.Requested - summary.Succeeded} of {summary.Requested} operations did not succeed ({summary.Failed} failed, {summary.Unfinished} unfinished, {summary.NotStarted} not started; stopped by {summary.StoppedBy})."));
        }

        return ExitCodes.Success;
    }

    private static string Describe(LoadScenario scenario, LoadProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: [green]{progress.Succeeded} ok[/] · [red]{progress.Failed} failed[/] · {progress.Started - progress.Finished} in flight");

    private static async Task RequireLoopbackAsync(ClusterConnection cluster)
    {
        var hosts = await cluster.Grains.GetGrain<IManagementGrain>(0).GetDetailedHosts(onlyActive: true);
        if (LoopbackCluster.Refusal([.. hosts.Select(h => h.SiloAddress.Endpoint)]) is { } refusal)
        {
            throw new CliException($"load refused: {refusal}");
        }
    }

    private static async Task RequireEnrolledAsync(ClusterConnection cluster, MemberKey member, List<byte[]> photos, CancellationToken cancellationToken)
    {
        if (photos.Count > 0)
        {
            var enrolled = await cluster.FacePay.EnrollMemberAsync(member, photos, cancellationToken);
            if (!enrolled.Succeeded)
            {
                var rejected = enrolled.Photos.FirstOrDefault(p => p.Status != FaceCheckStatus.Accepted);
                var detail = rejected is null ? string.Empty : $" (--enroll photo {rejected.Index}: {rejected.Reason}: {rejected.Message})";
                throw new CliException($"enrolling {member} before the run was refused: {enrolled.Error}: {enrolled.Message}{detail}");
            }

            return;
        }

        if ((await cluster.FacePay.GetMemberAsync(member, cancellationToken)).Status != MemberStatus.Enrolled)
        {
            throw new CliException($"member {member} is not enrolled: enrol it first ('facepay members enroll') or pass --enroll PHOTO.");
        }
    }

    /// <summary>The options both kinds of load share, made fresh for each command.</summary>
    private sealed class LoadOptions
    {
        private readonly Option<int> _count = WholeNumberOption.Create("--count", "Operations to run", "n", 1, LoadPlan.MaxCount);
        private readonly Option<double> _rate = new("--rate")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Operations started per second (0.1-{LoadPlan.MaxRate})."),
            HelpName = "per-second",
            DefaultValueFactory = _ => 10,
            CustomParser = ParseRate,
        };

        private readonly Option<int> _concurrency = WholeNumberOption.Create("--concurrency", "Operations in flight at most", "n", 1, LoadPlan.MaxConcurrency, 4);
        private readonly Option<int> _timeLimit = WholeNumberOption.Create(
            "--time-limit", "Stop after this many seconds whatever is left: nothing new starts, what is in flight is abandoned", "seconds", 1, (int)LoadPlan.MaxTimeLimit.TotalSeconds, 60);

        private readonly Option<string> _merchant = MerchantOption.Create();
        private readonly Option<PaymentChannel> _channel = ChannelOption.Create("The channel the orders charge", PaymentChannel.Alipay);
        private readonly Option<long> _amount = MinorUnitsOption.Create("--amount", "Each order's amount", "minor units of --currency (fen for CNY)", "100 for 1.00 CNY", 100);
        private readonly Option<string> _currency = CurrencyOption.Create();
        private readonly Option<string> _member;
        private readonly Option<string?> _prefix = new("--prefix")
        {
            Description = $"Order numbers are PREFIX_00001, PREFIX_00002, … (1-{LoadScenario.MaxPrefixLength} characters of A-Z a-z 0-9; default ld + 8 random hex digits, new each run).",
            HelpName = "prefix",
        };

        public LoadOptions(bool memberRequired)
        {
            _member = new Option<string>("--member")
            {
                Description = memberRequired ? "The enrolled member who pays every order." : "The member on every order (need not be enrolled).",
                HelpName = "id",
                Required = memberRequired,
            };
            if (!memberRequired)
            {
                _member.DefaultValueFactory = _ => "load_member";
            }

            _member.Validators.Add(result => IdentifierArguments.CheckMemberId(result, result.GetValueOrDefault<string>()));
            _prefix.Validators.Add(result =>
            {
                var value = result.GetValueOrDefault<string?>();
                if (value is not { Length: > 0 } || value.Length > LoadScenario.MaxPrefixLength || !value.All(char.IsAsciiLetterOrDigit))
                {
                    result.AddError($"--prefix takes 1-{LoadScenario.MaxPrefixLength} characters of A-Z a-z 0-9; got '{value}'.");
                }
            });
        }

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _merchant, _count, _rate, _concurrency, _timeLimit, _channel, _amount, _currency, _member, _prefix })
            {
                command.Options.Add(option);
            }
        }

        public LoadPlan Plan(ParseResult parse) =>
            new(parse.GetValue(_count), parse.GetValue(_rate), parse.GetValue(_concurrency), TimeSpan.FromSeconds(parse.GetValue(_timeLimit)));

        public LoadScenario Scenario(ParseResult parse, string name, bool charges) => new(
            name,
            parse.GetRequiredValue(_merchant),
            parse.GetValue(_prefix) ?? "ld" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)),
            parse.GetValue(_channel),
            Money.Of(parse.GetValue(_amount), parse.GetRequiredValue(_currency)),
            parse.GetRequiredValue(_member),
            charges);

        private static double ParseRate(ArgumentResult result)
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate >= 0.1 && rate <= LoadPlan.MaxRate)
            {
                return rate;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--rate takes operations per second from 0.1 to {LoadPlan.MaxRate}; got '{text}'."));
            return 1;
        }
    }
}
