using FacePay.Channels.Alipay;

namespace FacePay.Channels.Tests.Alipay;

public sealed class AlipaySignatureContentTests
{
    private static readonly KeyValuePair<string, string?>[] Parameters =
    [
        new("timestamp", "2026-11-23 20:00:00"),
        new("sign", "SHOULD-NOT-APPEAR"),
        new("app_id", "2021"),
        new("sign_type", "RSA2"),
        new("notify_url", ""),
        new("app_auth_token", null),
        new("biz_content", """{"a":"b c&d=e"}"""),
        new("Method", "upper-case sorts first"),
        new("charset", "utf-8"),
    ];

    [Fact]
    public void Request_content_excludes_only_sign_drops_empties_and_sorts_ordinally()
    {
        Assert.Equal(
            """Method=upper-case sorts first&app_id=2021&biz_content={"a":"b c&d=e"}&charset=utf-8&sign_type=RSA2&timestamp=2026-11-23 20:00:00""",
            AlipaySignatureContent.ForRequest(Parameters));
    }

    [Fact]
    public void Notification_content_also_excludes_sign_type()
    {
        Assert.Equal(
            """Method=upper-case sorts first&app_id=2021&biz_content={"a":"b c&d=e"}&charset=utf-8&timestamp=2026-11-23 20:00:00""",
            AlipaySignatureContent.ForNotification(Parameters));
    }

    [Fact]
    public void Values_are_not_url_encoded()
    {
        Assert.Equal("subject=商品 100%", AlipaySignatureContent.ForRequest([new("subject", "商品 100%")]));
    }
}
