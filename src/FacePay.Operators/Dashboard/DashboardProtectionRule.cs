using System.Net;

namespace FacePay.Operators.Dashboard;

/// <summary>Decides whether a silo's dashboard requires operator credentials.</summary>
public static class DashboardProtectionRule
{
    /// <summary>
    /// True unless <paramref name="protection"/> is <see cref="DashboardProtection.Auto"/>, the host runs in
    /// Development, and every URL it listens on is a loopback one (<c>127.x</c>, <c>[::1]</c>, <c>localhost</c>). No
    /// URLs configured counts as not loopback (ASP.NET Core's default binds localhost, but a container may override it).
    /// </summary>
    public static bool IsRequired(DashboardProtection protection, bool isDevelopment, IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (protection == DashboardProtection.Always || !isDevelopment)
        {
            return true;
        }

        var listed = urls.ToList();
        return listed.Count == 0 || !listed.All(IsLoopback);
    }

    /// <summary>Whether an ASP.NET Core URL (<c>http://127.0.0.1:8081</c>, <c>http://*:80</c>, …) names only this machine.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var host = url.Split("://", 2) is [_, var rest] ? rest : url;
        host = host.Split('/', 2)[0];
        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']', StringComparison.Ordinal)];
        }
        else if (host.LastIndexOf(':') is var colon and > 0)
        {
            host = host[..colon];
        }

        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
