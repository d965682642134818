namespace FacePay.Operators.Authentication;

/// <summary>The names operator authentication is registered and looked up by.</summary>
public static class OperatorAuthentication
{
    /// <summary>Basic (name and password) or Bearer (token) credentials on each request: scripts, the dashboard.</summary>
    public const string CredentialsScheme = "OperatorCredentials";

    /// <summary>The console's login cookie.</summary>
    public const string CookieScheme = "OperatorCookie";

    /// <summary>Credentials when the request carries an <c>Authorization</c> header, the console cookie otherwise.</summary>
    public const string Scheme = "Operator";

    /// <summary>The authorization policy of every operator endpoint.</summary>
    public const string Policy = "Operator";

    /// <summary>The claim every operator identity carries (merchant identities never do).</summary>
    public const string OperatorClaim = "facepay:operator";

    /// <summary>
    /// The header the console's own script sends. State-changing requests authenticated by the cookie must carry it: a
    /// cross-site form cannot set it, so it stops request forgery; and a 401 to such a request carries no Basic
    /// challenge, so the browser does not pop up its own login dialog over the console.
    /// </summary>
    public const string ConsoleHeader = "X-FacePay-Console";

    /// <summary>The realm of the Basic challenge.</summary>
    public const string Realm = "FacePay operators";
}
