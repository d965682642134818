using System.Net;

namespace FacePay.Operators.Login;

/// <summary>The login form's HTML: self-contained (no script, no external files).</summary>
public static class OperatorLoginPage
{
    /// <summary>The page, with an error line when <paramref name="error"/> is set.</summary>
    public static string Render(string action, string returnUrl, string? error)
    {
        var message = error is null ? string.Empty : $"<p class=\"error\" role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>FacePay operators · sign in</title>
            <style>
              body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #0f172a; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #0f172a; }
              form { background: #fff; padding: 32px 36px; border-radius: 12px; width: 320px; box-shadow: 0 20px 50px rgba(0,0,0,.35); }
              h1 { font-size: 20px; margin: 0 0 4px; } p.sub { margin: 0 0 22px; color: #64748b; font-size: 13px; }
              label { display: block; font-size: 13px; font-weight: 600; margin: 14px 0 6px; color: #334155; }
              input { width: 100%; box-sizing: border-box; padding: 9px 11px; border: 1px solid #cbd5e1; border-radius: 7px; font-size: 15px; }
              input:focus { outline: 2px solid #6366f1; border-color: transparent; }
              button { margin-top: 22px; width: 100%; padding: 10px; border: 0; border-radius: 7px; background: #4f46e5; color: #fff; font-size: 15px; font-weight: 600; cursor: pointer; }
              .error { background: #fef2f2; color: #b91c1c; padding: 8px 10px; border-radius: 6px; font-size: 13px; margin: 0 0 6px; }
            </style>
            </head>
            <body>
            <form method="post" action="{{WebUtility.HtmlEncode(action)}}">
              <h1>FacePay payments console</h1>
              <p class="sub">Operators only. Merchant API keys do not sign in here.</p>
              {{message}}
              <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}">
              <label for="name">Operator</label>
              <input id="name" name="name" autocomplete="username" required autofocus>
              <label for="password">Password</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
    }
}
