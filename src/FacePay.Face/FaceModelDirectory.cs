namespace FacePay.Face;

/// <summary>Finds the model cache folder the same way <c>deploy/lib/face-models.sh</c> fills it.</summary>
public static class FaceModelDirectory
{
    /// <summary>
    /// <paramref name="configured"/> when set, else <c>$FACEPAY_MODELS_DIR</c>, else
    /// <c>${FACEPAY_HOME:-$HOME/.facepay}/models</c>.
    /// </summary>
    public static string Resolve(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("FACEPAY_MODELS_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var home = Environment.GetEnvironmentVariable("FACEPAY_HOME");
        if (string.IsNullOrWhiteSpace(home))
        {
            home = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".facepay");
        }

        return Path.Combine(home, "models");
    }
}
