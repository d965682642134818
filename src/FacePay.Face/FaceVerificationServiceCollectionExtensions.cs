using FacePay.Face.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FacePay.Face;

/// <summary>Wires the face pipeline into a service collection.</summary>
public static class FaceVerificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FaceModelOptions"/> (section <c>Face</c>), <see cref="FaceModels"/>,
    /// <see cref="FaceAnalyzer"/> (also as <see cref="IFaceAnalyzer"/>) and <see cref="FaceMatcher"/> as singletons, and — when a
    /// <c>Face:Templates</c> section is present — <see cref="ITemplateKeyProvider"/> and
    /// <see cref="FaceTemplateProtector"/>. Options are validated at start; the models are loaded (and their
    /// checksums verified) on first use of <see cref="FaceModels"/>.
    /// </summary>
    public static IServiceCollection AddFaceVerification(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<FaceModelOptions>().Bind(configuration.GetSection(FaceModelOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FaceModelOptions>, FaceModelOptionsValidator>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FaceModelOptions>>().Value;
            return FaceModels.Load(options.ModelDirectory, options.IntraOpThreads);
        });
        services.TryAddSingleton<FaceAnalyzer>();
        services.TryAddSingleton<IFaceAnalyzer>(sp => sp.GetRequiredService<FaceAnalyzer>());
        services.TryAddSingleton<FaceMatcher>();

        var templates = configuration.GetSection(TemplateProtectionOptions.SectionName);
        if (templates.Exists())
        {
            services.AddOptions<TemplateProtectionOptions>().Bind(templates).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TemplateProtectionOptions>, TemplateProtectionOptionsValidator>());
            services.TryAddSingleton<ITemplateKeyProvider, ConfigurationTemplateKeyProvider>();
            services.TryAddSingleton<FaceTemplateProtector>();
        }

        return services;
    }
}
