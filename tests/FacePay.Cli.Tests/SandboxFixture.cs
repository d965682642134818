using FacePay.Sandbox;

namespace FacePay.Cli.Tests;

/// <summary>
/// One in-process sandbox per test class, with a notify listener behind both channels' notify URLs, and the files a
/// user would point the CLI at: the sandbox's client configuration (<c>channels.appsettings.json</c>) and its saved
/// credentials folder.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxHost Sandbox { get; private set; } = null!;

    public NotifyListener Notifications { get; private set; } = null!;

    /// <summary>The credentials folder: the saved keys plus <c>channels.appsettings.json</c>, as a running sandbox leaves it.</summary>
    public string CredentialsDirectory { get; } = Directory.CreateTempSubdirectory("facepay-cli-tests-").FullName;

    /// <summary>A scratch folder for files the tests write (wrong keys, saved notifications).</summary>
    public string ScratchDirectory => Path.Combine(CredentialsDirectory, "scratch");

    public async Task InitializeAsync()
    {
        // Alipay wants the literal "success"; WeChat Pay any 2xx.
        Notifications = await NotifyListener.StartAsync((received, _) =>
            received.Header("Wechatpay-Serial") is null ? (200, "success") : (204, string.Empty));
        Sandbox = await SandboxHost.StartAsync(new SandboxOptions
        {
            TimeCompression = 1000,
            AlipayNotifyUrl = Notifications.Url,
            WechatPayNotifyUrl = Notifications.Url,
        });
        Sandbox.Credentials.Save(CredentialsDirectory);
        Sandbox.Credentials.WriteClientConfiguration(CredentialsDirectory, Sandbox.BaseUrl);
        Directory.CreateDirectory(ScratchDirectory);
    }

    public async Task DisposeAsync()
    {
        await Sandbox.DisposeAsync();
        await Notifications.DisposeAsync();
        Directory.Delete(CredentialsDirectory, recursive: true);
    }

    /// <summary>Writes a scratch file and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(ScratchDirectory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes a scratch file and returns its path.</summary>
    public string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(ScratchDirectory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
