using FacePay.Deploy.Tests.Validation.Rules;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>Runs every rule over a rendered overlay and lists the problems (empty when the overlay is sound).</summary>
internal static class ManifestValidator
{
    public static IReadOnlyList<string> Validate(DeploymentContext context) =>
    [
        .. ObjectRules.Check(context),
        .. ImageRules.Check(context),
        .. ContainerRules.Check(context),
        .. EnvironmentRules.Check(context),
        .. SelectorRules.Check(context),
        .. OrleansRules.Check(context),
    ];
}
