using FacePay.Face;
using Microsoft.Extensions.Options;

namespace FacePay.Silo.Hosting;

/// <summary>
/// Fails silo start-up when the model folder lacks a model file, so a silo that could never check a face does not
/// join the cluster and fail every verification later. (Checksums are verified when the models load, on the first check.)
/// </summary>
public sealed class FaceModelFilesValidator : IValidateOptions<FaceModelOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, FaceModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = FaceModelDirectory.Resolve(options.ModelDirectory);
        var missing = FaceModels.PinnedSha256.Keys.Where(file => !File.Exists(Path.Combine(folder, file))).ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Face models missing in '{folder}': {string.Join(", ", missing)}. Set Face:ModelDirectory (or FACEPAY_MODELS_DIR), " +
                "or run deploy/up.sh, which fetches them into ~/.facepay/models.");
    }
}
