using System.Reflection;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>What a configuration key names: a problem when it names nothing, else whether its value is a secret.</summary>
internal sealed record KeyResolution(string? Problem, bool IsSecret)
{
    public static KeyResolution Unknown(string problem) => new(problem, IsSecret: false);

    public static KeyResolution Known(PropertyInfo? property) =>
        new(null, property is not null && ConfigurationKeys.SecretProperties.Contains((property.DeclaringType!, property.Name)));
}
