using FacePay.Operators.Credentials;
using FacePay.Operators.Login;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FacePay.Operators.Authentication;

/// <summary>Registers operator authentication on a host.</summary>
public static class OperatorAuthenticationExtensions
{
    /// <summary>
    /// Adds the operator accounts (<see cref="OperatorOptions"/>, validated at start), the credentials scheme
    /// (Basic/Bearer) and the <see cref="OperatorAuthentication.Policy"/> policy. With a <paramref name="console"/>, also
    /// the console's login cookie (HttpOnly, SameSite=Strict, sliding <see cref="OperatorOptions.SessionLifetime"/>) and
    /// the policy scheme that picks the credentials when an <c>Authorization</c> header is present, the cookie otherwise.
    /// </summary>
    public static AuthenticationBuilder AddFacePayOperators(this AuthenticationBuilder authentication, OperatorConsolePaths? console = null)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        var services = authentication.Services;
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OperatorOptions>, OperatorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OperatorCredentials>();
        services.TryAddSingleton<LoginThrottle>();

        authentication.AddScheme<AuthenticationSchemeOptions, OperatorCredentialsHandler>(OperatorAuthentication.CredentialsScheme, configureOptions: null);
        var schemes = new List<string> { OperatorAuthentication.CredentialsScheme };
        if (console is not null)
        {
            services.TryAddSingleton(console);
            authentication.AddCookie(OperatorAuthentication.CookieScheme, cookie => ConfigureCookie(cookie, console));
            services.AddOptions<CookieAuthenticationOptions>(OperatorAuthentication.CookieScheme)
                .Configure<IOptions<OperatorOptions>>((cookie, operators) => cookie.ExpireTimeSpan = operators.Value.SessionLifetime);
            authentication.AddPolicyScheme(OperatorAuthentication.Scheme, "Operator", scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? OperatorAuthentication.CredentialsScheme : OperatorAuthentication.CookieScheme);
            schemes = [OperatorAuthentication.Scheme];
        }

        services.AddAuthorizationBuilder().AddPolicy(OperatorAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes([.. schemes])
            .RequireAuthenticatedUser()
            .RequireClaim(OperatorAuthentication.OperatorClaim));
        return authentication;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, OperatorConsolePaths console)
    {
        cookie.Cookie.Name = "facepay-operator";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = console.Login;
        cookie.LogoutPath = console.Logout;
        cookie.ReturnUrlParameter = "returnUrl";

        // The console's JSON calls get problem details, never a redirect to the login page.
        cookie.Events.OnRedirectToLogin = context => context.Request.Path.StartsWithSegments(console.Api)
            ? OperatorProblems.Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Operator credentials are required.",
                "The console session ended: sign in again.", "OPERATOR_CREDENTIALS_REQUIRED")
            : RedirectAsync(context);
        cookie.Events.OnRedirectToAccessDenied = context =>
            OperatorProblems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Not an operator.", "This area is for operators.", "OPERATOR_FORBIDDEN");
    }

    private static Task RedirectAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
