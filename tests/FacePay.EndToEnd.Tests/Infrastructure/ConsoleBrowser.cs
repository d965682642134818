using Microsoft.Playwright;

namespace FacePay.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, with a laptop-sized window. Never a browser Playwright downloads:
/// the executable is <c>FACEPAY_CHROMIUM</c> or <c>/usr/bin/chromium</c> (deploy/test.sh installs the Debian package).
/// </summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    /// <summary>A common laptop screen, the size the console must read well at.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1440, Height = 900 };

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    /// <summary>Where screenshots go: <c>artifacts/</c> in the test assembly's output folder.</summary>
    public static string ArtifactsDirectory => Path.Combine(AppContext.BaseDirectory, "artifacts");

    public static async Task<ConsoleBrowser> LaunchAsync(Uri baseAddress)
    {
        var executable = Environment.GetEnvironmentVariable("FACEPAY_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is required by the console browser test and {executable} does not exist: install Debian's package " +
                "(apt-get install chromium; deploy/test.sh does it) or point FACEPAY_CHROMIUM at a Chromium executable.");
        }

        // Belt and braces: nothing here installs browsers, and this keeps any Playwright code path from fetching one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            // --no-sandbox: CI runs the tests as root, where Chromium refuses its sandbox.
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
                Timeout = 60_000,
            });
            var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), ViewportSize = Laptop, Locale = "en-GB" });
            context.SetDefaultTimeout(30_000);

            // Expect(...) waits 5 s by default; the console refreshes every 5 s after the stream-fed read model moves.
            Assertions.SetDefaultExpectTimeout(30_000);
            return new ConsoleBrowser(playwright, browser, context);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Saves what the laptop window shows (<c>{name}.png</c>) and the whole page (<c>{name}-full.png</c>) under
    /// <see cref="ArtifactsDirectory"/>; returns the paths.
    /// </summary>
    public static async Task<string[]> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        string[] paths = [Path.Combine(ArtifactsDirectory, name + ".png"), Path.Combine(ArtifactsDirectory, name + "-full.png")];
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = paths[0] });
        await page.ScreenshotAsync(new() { Path = paths[1], FullPage = true });
        return paths;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
