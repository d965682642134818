using FacePay.Face;
using FacePay.Face.Templates;
using FacePay.Grains.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FacePay.Grains.Face;

/// <summary>Wires what the face grains (<c>FaceCheckWorker</c>, <c>MemberGrain</c>, <c>VerificationSessionGrain</c>) need into a silo.</summary>
public static class FaceVerificationGrainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the face pipeline (<see cref="FaceVerificationServiceCollectionExtensions.AddFaceVerification"/>:
    /// section <c>Face</c>, models loaded on the first check), <see cref="FaceCheckOptions"/> (<c>Face:Checks</c>) and
    /// the silo's <see cref="FaceCheckLimiter"/>, <see cref="VerificationSessionOptions"/> (<c>Face:Sessions</c>) and
    /// <see cref="TimeProvider.System"/> unless another clock is registered. Template keys come from
    /// <c>Face:Templates</c>; without that section a member grain fails to activate with a message saying so.
    /// </summary>
    public static IServiceCollection AddFacePayFaceGrains(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddFaceVerification(configuration);
        services.TryAddSingleton<FaceTemplateProtector>(_ => throw new InvalidOperationException(
            $"Face templates cannot be protected: configure {TemplateProtectionOptions.SectionName} (ActiveKeyId and Keys) to enrol and verify members."));

        services.AddOptions<FaceCheckOptions>()
            .Bind(configuration.GetSection(FaceCheckOptions.SectionName))
            .Validate(o => o.MaxConcurrency is >= 0 and <= 256, $"{FaceCheckOptions.SectionName}:MaxConcurrency must be 0 (one per core) to 256.")
            .Validate(o => o.MaxQueueLength is >= 0 and <= 100_000, $"{FaceCheckOptions.SectionName}:MaxQueueLength must be 0 to 100000.")
            .ValidateOnStart();
        services.TryAddSingleton<FaceCheckLimiter>();

        services.AddOptions<VerificationSessionOptions>()
            .Bind(configuration.GetSection(VerificationSessionOptions.SectionName))
            .Validate(o => o.SessionLifetime > TimeSpan.Zero, $"{VerificationSessionOptions.SectionName}:SessionLifetime must be positive.")
            .Validate(o => o.TokenLifetime > TimeSpan.Zero, $"{VerificationSessionOptions.SectionName}:TokenLifetime must be positive.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 10, $"{VerificationSessionOptions.SectionName}:MaxAttempts must be 1 to 10.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
