using System.Security.Claims;

namespace FacePay.Operators.Authentication;

/// <summary>Builds operator principals and reads them back.</summary>
public static class OperatorIdentity
{
    /// <summary>The principal of an authenticated operator.</summary>
    /// <param name="name">The operator's configured name.</param>
    /// <param name="authenticationType">The scheme that authenticated it.</param>
    /// <param name="method"><c>password</c> or <c>token</c>.</param>
    public static ClaimsPrincipal Create(string name, string authenticationType, string method) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, name),
                new Claim(OperatorAuthentication.OperatorClaim, name),
                new Claim(ClaimTypes.AuthenticationMethod, method),
            ],
            authenticationType,
            ClaimTypes.Name,
            ClaimTypes.Role));

    /// <summary>The operator's name, or null when <paramref name="user"/> is not an operator.</summary>
    public static string? NameOf(ClaimsPrincipal user) => user?.FindFirst(OperatorAuthentication.OperatorClaim)?.Value;

    /// <summary>A name as it may appear in a log line: at most 64 characters, anything unusual replaced.</summary>
    public static string ForLog(string? name) =>
        string.IsNullOrEmpty(name) ? "(none)" : new string([.. name.Take(64).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '?')]);
}
