namespace FacePay.Deploy.Tests.Validation;

/// <summary>One effective environment variable of a container.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value when the manifests or image state it literally, else null.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Detail">The field path, <c>secret/key</c> or ConfigMap name.</param>
internal sealed record EnvValue(string Name, string? Value, EnvSource Source, string Detail);
