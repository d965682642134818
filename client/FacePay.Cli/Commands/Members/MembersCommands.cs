using System.CommandLine;
using FacePay.Cli.Input;
using FacePay.Cli.Output;
using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;

namespace FacePay.Cli.Commands.Members;

/// <summary><c>facepay members …</c>: a merchant's members and their enrolled faces.</summary>
internal static class MembersCommands
{
    /// <summary>Builds the <c>members</c> command group.</summary>
    public static Command Build(CliContext context)
    {
        var command = new Command(
            "members",
            "Enrol a member's face in the cluster, read the enrolment status, or delete the face template. The face checks run " +
            "in the cluster with its models and thresholds; the template is stored encrypted and never printed.");
        context.Help.Add(command, """
            Examples:
              facepay members enroll alice tests/fixtures/faces/obama_1.jpg tests/fixtures/faces/obama_3.jpg -m m1
              facepay members get alice -m m1 --json
              facepay members delete alice -m m1
            """);
        command.Subcommands.Add(Enroll(context, "members"));
        command.Subcommands.Add(Get(context));
        command.Subcommands.Add(Delete(context));
        return command;
    }

    /// <summary>
    /// <c>enroll MEMBER PHOTO…</c> of the <paramref name="group"/> (<c>members</c>, also <c>face</c>). Prints each photo's quality verdict; exits 1
    /// when the enrolment is refused (a photo rejected, photos of different people, checker busy), after the verdicts.
    /// </summary>
    public static Command Enroll(CliContext context, string group)
    {
        var member = IdentifierArguments.MemberId();
        var photos = new Argument<FileInfo[]>("PHOTO")
        {
            Description = "1-5 photos of the member (JPEG, PNG or WebP, judged from the content), all of the same person.",
            Arity = ArgumentArity.OneOrMore,
        };
        var merchant = MerchantOption.Create();
        var command = new Command(
            "enroll",
            "Enrol (or re-enrol) a member's face from 1-5 photos. Every photo must pass the cluster's quality gates (one face, " +
            "large enough, inside the frame, live) and all must show the same person; the verdict on each photo is printed. " +
            "A refused enrolment leaves any earlier template untouched and exits 1.")
        {
            member, photos, merchant,
        };
        context.Help.Add(command, $"""
            Example:
              facepay {group} enroll alice alice_front.jpg alice_side.jpg -m m1 --postgres "Host=127.0.0.1;…"
            """);
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new MemberKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(member));
            var files = parse.GetRequiredValue(photos);
            var images = new List<byte[]>(files.Length);
            foreach (var file in files)
            {
                images.Add(await InputFiles.ReadBytesAsync(file, "photo", ct));
            }

            await using var cluster = await context.ConnectAsync(parse, ct);
            var result = await cluster.FacePay.EnrollMemberAsync(key, images, ct);
            var report = EnrollmentReport.From(result, [.. files.Select(f => f.ToString())]);
            if (report.FirstUnreadable is { } unreadable)
            {
                throw new CliException($"{unreadable.File}: {unreadable.Reason}: {unreadable.Message} (nothing enrolled)");
            }

            if (report.Photos.Any(p => p.Status == FaceCheckStatus.Busy) || report.Error == EnrollmentError.Busy)
            {
                throw new CliException($"enrol {key}: the cluster's face checker is at capacity; nothing enrolled, try again in a moment.");
            }

            await ReportPrinter.PrintDocumentAsync(context, parse, report, report.Write);
            if (!report.Enrolled)
            {
                throw new CliException($"enrol {key} refused: {report.Error}: {report.Message} (nothing changed)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Get(CliContext context)
    {
        var member = IdentifierArguments.MemberId();
        var merchant = MerchantOption.Create();
        var command = new Command("get", "A member's enrolment: status, when, from how many photos, and the channels with a withholding agreement.") { member, merchant };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new MemberKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(member));
            await using var cluster = await context.ConnectAsync(parse, ct);
            var view = await cluster.FacePay.GetMemberAsync(key, ct);
            await ReportPrinter.PrintDocumentAsync(context, parse, view, console => console.Write(MemberTable.Create(view)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Delete(CliContext context)
    {
        var member = IdentifierArguments.MemberId();
        var merchant = MerchantOption.Create();
        var command = new Command("delete", "Delete a member's face template and agreements from storage (the member can enrol again). Deleting a member that is not enrolled changes nothing.") { member, merchant };
        context.Cluster.AddTo(command);
        CliAction.Set(command, context, async (parse, ct) =>
        {
            var key = new MemberKey(parse.GetRequiredValue(merchant), parse.GetRequiredValue(member));
            await using var cluster = await context.ConnectAsync(parse, ct);
            await cluster.FacePay.DeleteMemberAsync(key, ct);
            var view = await cluster.FacePay.GetMemberAsync(key, ct);
            await ReportPrinter.PrintDocumentAsync(context, parse, new { deleted = true, member = view }, console => console.Write(MemberTable.Create(view)));
            return ExitCodes.Success;
        });
        return command;
    }
}
