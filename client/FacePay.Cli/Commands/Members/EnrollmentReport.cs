using System.Globalization;
using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;
using Spectre.Console;

namespace FacePay.Cli.Commands.Members;

/// <summary>An enrolment's outcome with the cluster's quality verdict on each photo, named by its file.</summary>
/// <param name="Enrolled">Whether a new template is stored.</param>
/// <param name="Error">Why the enrolment was refused.</param>
/// <param name="Message">What to do about it.</param>
/// <param name="Member">The member afterwards (unchanged when refused).</param>
/// <param name="Photos">One verdict per photo, in the order given.</param>
internal sealed record EnrollmentReport(bool Enrolled, EnrollmentError? Error, string? Message, MemberView Member, IReadOnlyList<EnrollmentReport.PhotoVerdict> Photos)
{
    // Input that is not a photo at all: the command fails on one line, as the face commands do.
    private static readonly FaceCheckReason[] Unreadable = [FaceCheckReason.NotAnImage, FaceCheckReason.ImageCorrupt, FaceCheckReason.ImageTooLarge];

    /// <summary>Names the cluster's verdicts by the files they are about.</summary>
    public static EnrollmentReport From(EnrollmentResult result, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(files);
        var photos = result.Photos
            .Select(p => new PhotoVerdict(p.Index, p.Index < files.Count ? files[p.Index] : $"#{p.Index}", p.Status, p.Reason == FaceCheckReason.None ? null : p.Reason, p.Message, p.Liveness))
            .ToList();
        return new EnrollmentReport(result.Succeeded, result.Error, result.Message, result.Member, photos);
    }

    /// <summary>The first photo that is not a readable image, if any.</summary>
    public PhotoVerdict? FirstUnreadable => Photos.FirstOrDefault(p => p.Reason is { } reason && Unreadable.Contains(reason));

    /// <summary>Writes the verdicts and the member's status.</summary>
    public void Write(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"enrolment of {Member.Key}"))
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn("photo").AddColumn("verdict").AddColumn("reason")
            .AddColumn(new TableColumn("liveness").RightAligned()).AddColumn("message");
        foreach (var photo in Photos)
        {
            table.AddRow(
                new Text(photo.Index.ToString(CultureInfo.InvariantCulture)),
                new Text(photo.File),
                new Markup(photo.Status == FaceCheckStatus.Accepted ? "[green]Accepted[/]" : $"[red]{photo.Status}[/]"),
                new Text(photo.Reason?.ToString() ?? "-"),
                new Text(photo.Liveness is { } liveness ? liveness.ToString("0.000", CultureInfo.InvariantCulture) : "-"),
                new Text(photo.Message));
        }

        console.Write(table);
        console.Write(MemberTable.Create(Member));
    }

    /// <summary>The verdict on one photo.</summary>
    /// <param name="Index">0-based position on the command line.</param>
    /// <param name="File">The file as named on the command line.</param>
    /// <param name="Status">Accepted, Rejected or Busy.</param>
    /// <param name="Reason">The quality gate that rejected it.</param>
    /// <param name="Message">What was wrong, if anything.</param>
    /// <param name="Liveness">The live-face probability, when that stage ran.</param>
    internal sealed record PhotoVerdict(int Index, string File, FaceCheckStatus Status, FaceCheckReason? Reason, string Message, double? Liveness);
}
