using System.Globalization;
using FacePay.Contracts.Members;
using Spectre.Console;

namespace FacePay.Cli.Commands.Members;

/// <summary>A member's enrolment status as a table (never the template, never agreement numbers).</summary>
internal static class MemberTable
{
    public static Table Create(MemberView member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"member {member.Key}")).AddColumn("field").AddColumn("value");
        table.AddRow(new Text("status"), new Markup(member.Status == MemberStatus.Enrolled ? "[green]Enrolled[/]" : "NotEnrolled"));
        if (member.EnrolledAt is { } at)
        {
            table.AddRow(new Text("enrolled at"), new Text(at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            table.AddRow(new Text("photos"), new Text(member.PhotoCount.ToString(CultureInfo.InvariantCulture)));
        }

        table.AddRow(new Text("agreements"), new Text(member.AgreementChannels.Count == 0 ? "-" : string.Join(", ", member.AgreementChannels)));
        return table;
    }
}
