using FacePay.Deploy.Tests.Docker;

namespace FacePay.Deploy.Tests.Validation;

/// <summary>One of our images: <c>facepay/&lt;name&gt;</c>, built by <c>deploy/docker/&lt;name&gt;/Dockerfile</c>.</summary>
/// <param name="Name">The folder name, e.g. <c>silo</c>.</param>
/// <param name="Process">The program the image runs.</param>
/// <param name="Dockerfile">The parsed Dockerfile.</param>
/// <param name="ProjectDirectory">The .NET project it publishes (absolute), or null for the schema image.</param>
internal sealed record FacePayImage(string Name, FacePayProcess Process, Dockerfile Dockerfile, string? ProjectDirectory)
{
    public string Repository => "facepay/" + Name;
}
