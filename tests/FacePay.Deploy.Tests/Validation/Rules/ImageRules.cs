namespace FacePay.Deploy.Tests.Validation.Rules;

/// <summary>Every container runs one of our images, at one pinned release, and the sandbox never reaches production.</summary>
internal static class ImageRules
{
    public static IEnumerable<string> Check(DeploymentContext context)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workload in context.Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                var where = $"{workload.Kind}/{workload.Name}/{container.Name}";
                var image = context.Images.Find(container.Image ?? string.Empty, out var tag);
                if (image is null)
                {
                    yield return $"{where}: image '{container.Image}' is not one of deploy/docker/*";
                    continue;
                }

                if (tag is null or "latest")
                {
                    yield return $"{where}: image '{container.Image}' needs a release tag (the overlay's images: list), not '{tag ?? "none"}'";
                }
                else
                {
                    tags.Add(tag);
                }

                if (image.Process == FacePayProcess.Sandbox && context.Environment == "production")
                {
                    yield return $"{where}: the sandbox must never run in production";
                }
            }
        }

        if (tags.Count > 1)
        {
            yield return $"the overlay mixes releases {string.Join(", ", tags.Order(StringComparer.Ordinal))}: one release tag for all images";
        }
    }
}
