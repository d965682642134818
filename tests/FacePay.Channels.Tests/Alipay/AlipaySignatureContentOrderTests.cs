using FacePay.Channels.Alipay;
using FsCheck.Xunit;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipaySignatureContentOrderTests
{
    // The definition: non-empty pairs but sign (and sign_type for notifications), stably sorted by ordinal key.
    private static string Reference(IEnumerable<KeyValuePair<string, string?>> parameters, bool notification) =>
        string.Join('&', parameters
            .Where(p => !string.IsNullOrEmpty(p.Value) && !string.IsNullOrEmpty(p.Key))
            .Where(p => p.Key != "sign" && !(notification && p.Key == "sign_type"))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));

    [Fact]
    public void Repeated_keys_keep_their_given_order()
    {
        Assert.Equal("a=2&a=1&b=0", AlipaySignatureContent.ForRequest([new("b", "0"), new("a", "2"), new("a", "1")]));
    }

    [Property(MaxTest = 500)]
    public bool Request_and_notification_content_agree_with_the_definition(string[] keys, string?[] values)
    {
        var parameters = keys.Zip(values, (k, v) => new KeyValuePair<string, string?>(k ?? string.Empty, v))
            .Append(new("sign", "S"))
            .Append(new("sign_type", "RSA2"))
            .ToList();
        return AlipaySignatureContent.ForRequest(parameters) == Reference(parameters, notification: false)
            && AlipaySignatureContent.ForNotification(parameters) == Reference(parameters, notification: true);
    }
}
