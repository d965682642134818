namespace FacePay.Deploy.Tests.Validation;

/// <summary>Where a container's environment variable comes from.</summary>
internal enum EnvSource
{
    /// <summary>ENV in the image's Dockerfile.</summary>
    Image,

    /// <summary>A key of a ConfigMap pulled in with envFrom.</summary>
    ConfigMap,

    /// <summary>A literal <c>value</c> in the pod spec.</summary>
    Literal,

    /// <summary>The downward API (<c>fieldRef</c>).</summary>
    FieldRef,

    /// <summary>A key of a Secret (<c>secretKeyRef</c>).</summary>
    SecretRef,

    /// <summary>A key of a ConfigMap (<c>configMapKeyRef</c>) or anything else.</summary>
    Other,
}
