using Microsoft.AspNetCore.Http;

namespace FacePay.Operators.Authentication;

/// <summary>Where a host serves the operator console: its page, login, logout and JSON API.</summary>
/// <param name="Root">The console page, e.g. <c>/ops</c>.</param>
public sealed record OperatorConsolePaths(PathString Root)
{
    /// <summary>The login form.</summary>
    public PathString Login => Root.Add("/login");

    /// <summary>Where the console signs out.</summary>
    public PathString Logout => Root.Add("/logout");

    /// <summary>The operator JSON API.</summary>
    public PathString Api => Root.Add("/api");
}
