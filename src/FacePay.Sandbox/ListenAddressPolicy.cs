namespace FacePay.Sandbox;

/// <summary>
/// Which addresses the sandbox may listen on: loopback only, unless <see cref="SandboxOptions.ListenBeyondLoopback"/>
/// says otherwise (a staging cluster, where silos in other pods must reach it).
/// </summary>
public static class ListenAddressPolicy
{
    /// <summary>Returns why <paramref name="url"/> may not be listened on, or null when it may.</summary>
    /// <param name="url">One entry of <c>urls</c>, e.g. <c>http://127.0.0.1:5080</c>.</param>
    /// <param name="listenBeyondLoopback">Whether non-loopback addresses were explicitly allowed.</param>
    public static string? Refusal(string url, bool listenBeyondLoopback)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"Refusing to listen on '{url}': not an absolute http(s) URL.";
        }

        if (uri.Host is "127.0.0.1" or "localhost" or "[::1]" || listenBeyondLoopback)
        {
            return null;
        }

        return $"Refusing to listen on '{url}': the sandbox binds loopback addresses only (set Sandbox:ListenBeyondLoopback=true in a staging cluster).";
    }
}
