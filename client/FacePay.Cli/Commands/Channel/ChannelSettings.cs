using System.CommandLine;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using FacePay.Cli.Input;
using Microsoft.Extensions.Configuration;

namespace FacePay.Cli.Commands.Channel;

/// <summary>
/// Where a channel command gets its gateway URL, ids and keys: a JSON configuration file (<c>--config</c>) in the shape
/// the silo binds (<c>FacePay:Channels:{Channel}</c>) or the sandbox writes (<c>Channels:{Channel}</c>), overridden key
/// by key by command-line options (key files are read from disk, never passed as text). The result is one
/// configuration section that binds onto the channel's options class exactly as in a silo.
/// </summary>
internal sealed class ChannelSettings
{
    // The file a running sandbox writes into its credentials folder (SandboxCredentials.ClientConfigurationFileName).
    private const string SandboxClientConfigurationFile = "channels.appsettings.json";

    private readonly string _channel;
    private readonly Type _optionsType;
    private readonly Option<FileInfo?> _config;
    private readonly Option<double?> _timeout;
    private readonly List<Setting> _settings = [];

    /// <summary>Creates the settings of one channel; add its options with <see cref="Value"/>, <see cref="File"/> and <see cref="Files"/>.</summary>
    /// <param name="channel">The channel's section name (<c>Alipay</c>, <c>WechatPay</c>).</param>
    /// <param name="optionsType">The options class the section binds to; its <see cref="RequiredAttribute"/> properties must end up set.</param>
    public ChannelSettings(string channel, Type optionsType)
    {
        _channel = channel;
        _optionsType = optionsType;
        _config = new Option<FileInfo?>("--config")
        {
            Description = $"JSON settings: a file with a FacePay:Channels:{channel} section (the silo's appsettings) or a " +
                $"Channels:{channel} section (the sandbox's channels.appsettings.json); a folder means its channels.appsettings.json, " +
                "so the sandbox's credentials folder works as is. Options below override single keys.",
            HelpName = "file|dir",
            Recursive = true,
        };
        _timeout = new Option<double?>("--timeout")
        {
            Description = "Seconds to wait for the channel's answer (default 10).",
            HelpName = "seconds",
            Recursive = true,
        };
        _timeout.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is { } seconds && !(seconds is > 0 and <= 300))
            {
                result.AddError("--timeout must be between 0 and 300 seconds.");
            }
        });
    }

    /// <summary>The section names searched in a <c>--config</c> file, in order.</summary>
    public IReadOnlyList<string> SectionPaths => [$"FacePay:Channels:{_channel}", $"Channels:{_channel}"];

    /// <summary>Declares an option whose text sets <paramref name="key"/>.</summary>
    public Option<string?> Value(string name, string key, string description, string? helpName = null)
    {
        var option = new Option<string?>(name) { Description = $"{description}. Settings key: {key}.", HelpName = helpName, Recursive = true };
        _settings.Add(new Setting(option, key, Kind.Text));
        return option;
    }

    /// <summary>Declares an option naming a file whose content sets <paramref name="key"/> (PEM keys, certificates, the APIv3 key).</summary>
    public Option<FileInfo?> File(string name, string key, string description)
    {
        var option = new Option<FileInfo?>(name) { Description = $"{description}. Settings key: {key}.", HelpName = "file", Recursive = true };
        _settings.Add(new Setting(option, key, Kind.File));
        return option;
    }

    /// <summary>Declares a repeatable option naming files whose contents set the list <paramref name="key"/>:0, :1, ….</summary>
    public Option<FileInfo[]> Files(string name, string key, string description)
    {
        var option = new Option<FileInfo[]>(name) { Description = $"{description}; repeat for several. Settings key: {key}.", HelpName = "file", Recursive = true };
        _settings.Add(new Setting(option, key, Kind.FileList));
        return option;
    }

    /// <summary>Adds <c>--config</c>, <c>--timeout</c> and every declared option to <paramref name="command"/> (recursively, so subcommands see them).</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_config);
        command.Options.Add(_timeout);
        foreach (var setting in _settings)
        {
            command.Options.Add(setting.Option);
        }
    }

    /// <summary>
    /// Merges the configuration file and the options into the channel's section (as a configuration root) and checks
    /// that every required setting is present. Key parsing is left to the channel's own options validator.
    /// </summary>
    /// <exception cref="CliException">The file cannot be read, has no section for the channel, or a required setting is missing.</exception>
    public async Task<IConfiguration> ResolveAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(_config) is { } config)
        {
            foreach (var (key, value) in LoadSection(config))
            {
                values[key] = value;
            }
        }

        if (parseResult.GetValue(_timeout) is { } seconds)
        {
            values["Timeout"] = TimeSpan.FromSeconds(seconds).ToString("c", CultureInfo.InvariantCulture);
        }

        foreach (var setting in _settings)
        {
            switch (setting.Kind)
            {
                case Kind.Text when parseResult.GetValue((Option<string?>)setting.Option) is { } text:
                    Replace(values, setting.Key, [text]);
                    break;
                case Kind.File when parseResult.GetValue((Option<FileInfo?>)setting.Option) is { } file:
                    Replace(values, setting.Key, [await ReadSettingFileAsync(file, setting, cancellationToken)]);
                    break;
                case Kind.FileList when parseResult.GetValue((Option<FileInfo[]>)setting.Option) is { Length: > 0 } files:
                    var contents = new List<string>();
                    foreach (var file in files)
                    {
                        contents.Add(await ReadSettingFileAsync(file, setting, cancellationToken));
                    }

                    Replace(values, setting.Key, contents, asList: true);
                    break;
            }
        }

        var missing = _optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(RequiredAttribute)) && string.IsNullOrWhiteSpace(values.GetValueOrDefault(p.Name)))
            .Select(p => _settings.FirstOrDefault(s => s.Key == p.Name) is { } s ? $"{p.Name} ({s.Option.Name})" : p.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new CliException(
                $"{_channel} settings incomplete: missing {string.Join(", ", missing)}. Pass the options, or --config with a " +
                $"{SectionPaths[0]} or {SectionPaths[1]} section (a running sandbox writes <credentials dir>/channels.appsettings.json).");
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    private IEnumerable<KeyValuePair<string, string?>> LoadSection(FileInfo config)
    {
        var path = Directory.Exists(config.FullName) ? Path.Combine(config.FullName, SandboxClientConfigurationFile) : config.FullName;
        if (!System.IO.File.Exists(path))
        {
            throw new CliException($"--config: {path} does not exist.");
        }

        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--config: {path} is not a readable JSON settings file: {ex.Message}", ex);
        }

        var section = SectionPaths.Select(root.GetSection).FirstOrDefault(s => s.Exists())
            ?? throw new CliException($"--config: {path} has neither a {SectionPaths[0]} nor a {SectionPaths[1]} section.");
        return section.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null);
    }

    private static async Task<string> ReadSettingFileAsync(FileInfo file, Setting setting, CancellationToken cancellationToken)
    {
        var text = await InputFiles.ReadTextAsync(file, setting.Option.Name, cancellationToken);

        // PEM parsers ignore surrounding whitespace; the APIv3 key is exactly 32 characters, so a trailing newline must go.
        return text.Trim();
    }

    private static void Replace(Dictionary<string, string?> values, string key, List<string> newValues, bool asList = false)
    {
        // An option replaces the file's value for that key entirely (for lists: every element).
        foreach (var existing in values.Keys.Where(k => k.Equals(key, StringComparison.OrdinalIgnoreCase) || k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            values.Remove(existing);
        }

        if (!asList)
        {
            values[key] = newValues[0];
            return;
        }

        for (var i = 0; i < newValues.Count; i++)
        {
            values[$"{key}:{i.ToString(CultureInfo.InvariantCulture)}"] = newValues[i];
        }
    }

    private enum Kind
    {
        Text,
        File,
        FileList,
    }

    private sealed record Setting(Option Option, string Key, Kind Kind);
}
