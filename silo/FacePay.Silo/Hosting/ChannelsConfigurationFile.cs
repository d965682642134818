using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace FacePay.Silo.Hosting;

/// <summary>
/// Reads channel keys from a file of their own (<c>FacePay:ChannelsConfigFile</c>): the
/// <c>channels.appsettings.json</c> a running sandbox writes beside its credentials, or a file of the same shape
/// kept in a secret store. The file's <c>Channels</c> section is placed under <c>FacePay:Channels</c>, below
/// environment variables and command-line switches, so settings the operator gives explicitly (notify URLs,
/// timeouts) still win over the file.
/// </summary>
public static class ChannelsConfigurationFile
{
    /// <summary>The key naming the file.</summary>
    public const string FileKey = "FacePay:ChannelsConfigFile";

    /// <summary>The section of the file that holds the channel settings.</summary>
    public const string FileSection = "Channels";

    /// <summary>Adds the file named by <see cref="FileKey"/>, if any.</summary>
    /// <param name="configuration">The host's configuration.</param>
    /// <exception cref="InvalidOperationException">The file is named but missing, unreadable or has no <c>Channels</c> section.</exception>
    public static void AddFacePayChannelsFile(this ConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[FileKey] is not { Length: > 0 } path)
        {
            return;
        }

        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new InvalidOperationException($"{FileKey} names '{fullPath}', which does not exist (a running sandbox writes it into its credentials folder).");
        }

        IConfigurationSection channels;
        try
        {
            channels = new ConfigurationBuilder().AddJsonFile(fullPath, optional: false, reloadOnChange: false).Build().GetSection(FileSection);
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            throw new InvalidOperationException($"{FileKey}: '{fullPath}' is not a readable JSON configuration file: {ex.Message}", ex);
        }

        if (!channels.Exists())
        {
            throw new InvalidOperationException($"{FileKey}: '{fullPath}' has no '{FileSection}' section.");
        }

        var settings = channels.AsEnumerable(makePathsRelative: true)
            .Where(pair => pair.Value is not null)
            .Select(pair => KeyValuePair.Create($"{FacePayServicesExtensions.ChannelsSection}:{pair.Key}", pair.Value));
        var source = new MemoryConfigurationSource { InitialData = settings };

        // Before the unprefixed environment variables and the command line (the ASPNETCORE_/DOTNET_ sources come first
        // in a web host and are not what an operator uses to override settings).
        var sources = configuration.Sources;
        var firstExplicit = sources.TakeWhile(s => s is not (EnvironmentVariablesConfigurationSource { Prefix: null or "" } or CommandLineConfigurationSource)).Count();
        sources.Insert(firstExplicit, source);
    }
}
