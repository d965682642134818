using FacePay.Operators.Authentication;

namespace FacePay.MerchantApi.Operators;

/// <summary>
/// The payments console: one page (<c>/ops</c>) with its style and chart script (<c>/ops/assets/…</c>), all embedded in
/// this assembly and drawn in the browser from <c>/ops/api/overview</c> (charts are inline SVG from our own script:
/// nothing is fetched from elsewhere at run time). Behind the operator policy: without a session, the page redirects to
/// the login form.
/// </summary>
public static class OperatorConsole
{
    /// <summary>Where the console lives.</summary>
    public static readonly OperatorConsolePaths Paths = new("/ops");

    private static readonly Dictionary<string, (string Resource, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["console.css"] = ("console/console.css", "text/css; charset=utf-8"),
        ["console.js"] = ("console/console.js", "text/javascript; charset=utf-8"),
    };

    /// <summary>Maps the page and its assets.</summary>
    public static IEndpointRouteBuilder MapOperatorConsole(this IEndpointRouteBuilder app)
    {
        var page = Read("console/console.html");
        var assets = Assets.ToDictionary(a => a.Key, a => (Body: Read(a.Value.Resource), a.Value.ContentType), StringComparer.Ordinal);
        var console = app.MapGroup(Paths.Root).RequireAuthorization(OperatorAuthentication.Policy).ExcludeFromDescription();
        console.MapGet("/", (HttpContext context) => Page(context, page));
        console.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "no-cache";
            return Results.Text(asset.Body, asset.ContentType);
        });
        return app;
    }

    private static IResult Page(HttpContext context, string page)
    {
        // Our own script and style only; no frames, no other origins.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        context.Response.Headers.CacheControl = "no-store";
        var name = OperatorIdentity.NameOf(context.User) ?? "operator";
        return Results.Text(page.Replace("{{operator}}", System.Net.WebUtility.HtmlEncode(name), StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    private static string Read(string resource)
    {
        using var stream = typeof(OperatorConsole).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console resource '{resource}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
