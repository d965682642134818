using FacePay.Deploy.Tests.Rendering;
using FacePay.Deploy.Tests.Validation;

namespace FacePay.Deploy.Tests;

/// <summary>Each rule on a rendered overlay broken in one place: the validator must name the break.</summary>
public sealed class ManifestRuleTests(RenderedOverlays overlays) : IClassFixture<RenderedOverlays>
{
    [Fact]
    public void An_unknown_field_is_rejected_by_the_schema()
    {
        var ex = Assert.Throws<InvalidManifestException>(() => overlays.Context("staging", y => Once(y, "readinessProbe:", "readynessProbe:")));
        Assert.Contains("readynessProbe", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected_by_the_schema()
    {
        Assert.Throws<InvalidManifestException>(() => overlays.Context("production", y => Once(y, "replicas: 3", "replicas: three")));
        Assert.Throws<InvalidManifestException>(() => overlays.Context("production", y => Once(y, "  - name: http\n    port: 80\n", "  - name: http\n    port: [80]\n")));
    }

    [Fact]
    public void An_unknown_kind_is_rejected_by_the_schema()
    {
        Assert.Throws<InvalidManifestException>(() => overlays.Context("production", y => Once(y, "kind: PodDisruptionBudget", "kind: PodDisruptionBudgett")));
    }

    [Fact]
    public void A_container_without_probes_or_limits_is_reported()
    {
        var problems = Problems("production", y => Once(Once(y, "        readinessProbe:\n          failureThreshold: 3\n          httpGet:\n            path: /health/ready\n            port: http\n          periodSeconds: 5\n          timeoutSeconds: 6\n", string.Empty), "          limits:\n            cpu: \"1\"\n            memory: 512Mi\n", string.Empty));
        Assert.Contains("Deployment/facepay-merchant-api/merchant-api: no readinessProbe", problems);
        Assert.Contains("Deployment/facepay-merchant-api/merchant-api: no resources.limits.cpu", problems);
    }

    [Fact]
    public void A_probe_on_the_wrong_path_is_reported()
    {
        var problems = Problems("production", y => Once(y, "path: /health/ready", "path: /healthz"));
        Assert.Contains(problems, p => p.EndsWith("readinessProbe must GET /health/ready, not /healthz", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_setting_is_reported()
    {
        var problems = Problems("production", y => Once(y, "FacePay__Silo__ServiceId: facepay", "FacePay__Silo__ServiceName: facepay"));
        Assert.Contains(problems, p => p.Contains("'FacePay:Silo:ServiceName': FacePaySiloOptions has no property 'ServiceName'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_setting_of_another_process_is_reported()
    {
        var problems = Problems("production", y => Once(y, "FacePay__Client__ServiceId: facepay", "FacePay__Client__ServiceId: facepay\n  Face__MatchThreshold: \"0.4\""));
        Assert.Contains(problems, p => p.Contains("'Face:MatchThreshold' is in no configuration section the MerchantApi reads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_setting_with_a_value_of_the_wrong_type_is_reported()
    {
        var problems = Problems("production", y => Once(y, "FacePay__Silo__Kubernetes__Enabled: \"true\"", "FacePay__Silo__Kubernetes__Enabled: \"yes\""));
        Assert.Contains(problems, p => p.Contains("'yes' is not a valid Boolean", StringComparison.Ordinal));
    }

    [Fact]
    public void A_secret_written_inline_is_reported()
    {
        var problems = Problems("production", y => Once(y, "FacePay__Silo__ServiceId: facepay", "FacePay__Silo__ServiceId: facepay\n  Face__Templates__Keys__k2__Key: c2VjcmV0"));
        Assert.Contains(problems, p => p.Contains("Face__Templates__Keys__k2__Key holds a secret and must come from a secretKeyRef, not a ConfigMap", StringComparison.Ordinal));

        var secretObject = Problems("production", y => y + "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: facepay-postgres\n  namespace: facepay\nstringData:\n  connection-string: Host=db\n");
        Assert.Contains(secretObject, p => p.StartsWith("Secret/facepay-postgres: Secrets must not be part of the manifests", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reference_to_an_undocumented_secret_key_is_reported()
    {
        var problems = Problems("production", y => Once(y, "key: k1", "key: k-one"));
        Assert.Contains(problems, p => p.Contains("reads Secret facepay-face-templates key k-one, which secrets.example.yaml does not document", StringComparison.Ordinal));
    }

    [Fact]
    public void Pod_labels_that_differ_from_the_silo_cluster_id_are_reported()
    {
        var problems = Problems("production", y => Once(y, "orleans/clusterId: facepay", "orleans/clusterId: facepay-old"));
        Assert.Contains(problems, p => p.Contains("pod label orleans/clusterId must be 'facepay'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_client_joining_another_cluster_is_reported()
    {
        var problems = Problems("production", y => Once(y, "FacePay__Client__ClusterId: facepay", "FacePay__Client__ClusterId: facepay-blue"));
        Assert.Contains(problems, p => p.Contains("the client joins facepay-blue/facepay but the silos form facepay/facepay", StringComparison.Ordinal));
    }

    [Fact]
    public void A_silo_without_the_pod_ip_or_the_kubernetes_switch_is_reported()
    {
        var problems = Problems("production", y => Once(Once(y, "fieldPath: status.podIP", "fieldPath: status.hostIP"), "FacePay__Silo__Kubernetes__Enabled: \"true\"", "FacePay__Silo__Kubernetes__Enabled: \"false\""));
        Assert.Contains(problems, p => p.Contains("must come from the downward API field status.podIP", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Kubernetes:Enabled must be true", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_without_a_verb_orleans_needs_is_reported()
    {
        var problems = Problems("production", y => Once(y, "  - watch\n  - patch\n", "  - watch\n"));
        Assert.Contains(problems, p => p.Contains("may not patch pods", StringComparison.Ordinal));
    }

    [Fact]
    public void A_container_port_that_differs_from_what_the_program_listens_on_is_reported()
    {
        var problems = Problems("production", y => Once(y, "containerPort: 8081", "containerPort: 8082"));
        Assert.Contains(problems, p => p.Contains("port 'http' is 8082 but the program listens on 8081 (Urls)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("8082 is not EXPOSEd by deploy/docker/silo/Dockerfile", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unpinned_or_mixed_release_is_reported()
    {
        var problems = Problems("production", y => Once(y, "facepay/silo:0.1.0", "facepay/silo:latest"));
        Assert.Contains(problems, p => p.Contains("needs a release tag", StringComparison.Ordinal));

        var mixed = Problems("production", y => Once(y, "facepay/silo:0.1.0", "facepay/silo:0.2.0"));
        Assert.Contains(mixed, p => p.StartsWith("the overlay mixes releases 0.1.0, 0.2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sandbox_in_production_is_reported()
    {
        var staging = overlays.Yaml("staging");
        var start = staging.IndexOf("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels:\n    app.kubernetes.io/component: sandbox", StringComparison.Ordinal);
        var end = staging.IndexOf("\n---\n", start, StringComparison.Ordinal);
        var sandbox = staging[start..end].Replace("namespace: facepay-staging", "namespace: facepay", StringComparison.Ordinal);
        var problems = Problems("production", y => y + "---\n" + sandbox + "\n");
        Assert.Contains(problems, p => p.EndsWith("the sandbox must never run in production", StringComparison.Ordinal));
    }

    [Fact]
    public void A_selector_that_selects_nothing_is_reported()
    {
        var problems = Problems("production", y => Once(y, "  selector:\n    app.kubernetes.io/name: facepay-merchant-api\n", "  selector:\n    app.kubernetes.io/name: facepay-merchant\n"));
        Assert.Contains("Service/facepay-merchant-api: selects no pods", problems);
    }

    [Fact]
    public void A_network_policy_on_a_port_name_the_pods_do_not_have_is_reported()
    {
        var problems = Problems("production", y => Once(y, "    - port: gateway\n  podSelector:", "    - port: gateways\n  podSelector:"));
        Assert.Contains(problems, p => p.StartsWith("NetworkPolicy/facepay-silo: port 'gateways'", StringComparison.Ordinal));
    }

    private IReadOnlyList<string> Problems(string environment, Func<string, string> edit) =>
        ManifestValidator.Validate(overlays.Context(environment, edit));

    // Replaces exactly the first occurrence, so each test breaks one thing.
    private static string Once(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in the rendered overlay");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
