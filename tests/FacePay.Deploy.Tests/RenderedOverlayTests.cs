using FacePay.Deploy.Tests.Rendering;
using FacePay.Deploy.Tests.Validation;
using k8s.Models;
using YamlDotNet.RepresentationModel;

namespace FacePay.Deploy.Tests;

public sealed class RenderedOverlayTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    public static TheoryData<string> Environments() => [.. RenderedOverlays.Environments];

    [Theory]
    [MemberData(nameof(Environments))]
    public void Overlay_renders_to_valid_kubernetes_objects_that_pass_every_rule(string environment)
    {
        var context = overlays.Context(environment);
        var problems = ManifestValidator.Validate(context);
        Assert.True(problems.Count == 0, $"{environment}:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Overlay_holds_the_whole_system_in_its_own_namespace(string environment)
    {
        var context = overlays.Context(environment);
        var kinds = context.Objects.Select(o => o.Kind).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "Namespace", "ServiceAccount", "Role", "RoleBinding", "ConfigMap", "Deployment", "Service", "PodDisruptionBudget", "Job", "NetworkPolicy" },
            kinds);
        var ns = Assert.Single(context.Objects.OfType<V1Namespace>()).Metadata.Name;
        Assert.All(context.Objects.Where(o => o is not V1Namespace), o => Assert.Equal(ns, ((IMetadata<V1ObjectMeta>)o).Metadata.NamespaceProperty));
        Assert.NotNull(context.WorkloadRunning("silo"));
        Assert.NotNull(context.WorkloadRunning("merchant-api"));
        Assert.Contains(context.Workloads, w => w.Kind == "Job" && context.Images.Find(w.Template.Spec.Containers[0].Image, out _)?.Name == "schema");
    }

    [Fact]
    public void Only_staging_runs_the_sandbox()
    {
        Assert.NotNull(overlays.Context("staging").WorkloadRunning("sandbox"));
        Assert.Null(overlays.Context("production").WorkloadRunning("sandbox"));
    }

    [Fact]
    public void Production_keeps_two_silos_serving_through_a_drain_or_an_upgrade()
    {
        var silo = (V1Deployment)overlays.Context("production").Objects.Single(o => o is V1Deployment { Metadata.Name: "facepay-silo" });
        Assert.True(silo.Spec.Replicas >= 3);
        Assert.Equal("0", silo.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
    }

    [Fact]
    public void Every_manifest_file_is_listed_in_its_kustomization()
    {
        foreach (var folder in new[] { "base", "overlays/staging", "overlays/production" })
        {
            var directory = Path.Combine(Kustomize.ManifestRoot, folder);
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(Path.Combine(directory, "kustomization.yaml"))));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in new[] { "resources", "patches" })
            {
                if (root.Children.TryGetValue(section, out var node))
                {
                    foreach (var entry in ((YamlSequenceNode)node).Children)
                    {
                        listed.Add(entry is YamlMappingNode patch ? ((YamlScalarNode)patch.Children["path"]).Value! : ((YamlScalarNode)entry).Value!);
                    }
                }
            }

            var files = Directory.GetFiles(directory, "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml");
            Assert.All(files, f => Assert.True(listed.Contains(f!), $"{folder}/{f} is not listed in {folder}/kustomization.yaml"));
        }
    }
}
