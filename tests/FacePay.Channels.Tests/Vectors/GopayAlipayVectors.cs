namespace FacePay.Channels.Tests.Vectors;

/// <summary>
/// Data from go-pay/gopay <c>alipay/sign_test.go</c>. <c>TestSyncVerifySign</c> is a real response node, its
/// signature and the Alipay public key (verifies). <c>TestVerifySign</c> is fake data that must not verify.
/// </summary>
internal static class GopayAlipayVectors
{
    public const string AlipayPublicKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAp8gueNlkbiDidz6FBQEBpqoRgH8h7JtsPtYW0nzAqy1MME4mFnDSMfSKlreUomS3a55gmBopL1eF4/Km/dEnaL5tCY9+24SKn1D4iyls+lvz/ZjvUjVwxoUYBh8kkcxMZSDeDz8//o+9qZTrICVP2a4sBB8T0XmU4gxfw8FsmtoomBH1nLk3AO7wgRN2a3+SRSAmxrhIGDmF1lljSlhY32eJpJ2TZQKaWNW+7yDBU/0Wt3kQVY84vr14yYagnSCiIfqyVFqePayRtmVJDr5qvSXr51tdqs2zKZCu+26X7JAF4BSsaq4gmY5DmDTm4TohCnBduI1+bPGD+igVmtl05wIDAQAB";

    public const string SyncResponseNode =
        """{"code":"10000","msg":"Success","buyer_logon_id":"854***@qq.com","buyer_pay_amount":"0.01","buyer_user_id":"2088102363632794","fund_bill_list":[{"amount":"0.01","fund_channel":"PCREDIT"}],"gmt_payment":"2019-08-29 20:14:05","invoice_amount":"0.01","out_trade_no":"GZ201901301040361012","point_amount":"0.00","receipt_amount":"0.01","total_amount":"0.01","trade_no":"2019082922001432790585537960"}""";

    public const string SyncResponseSign =
        "bk3SzX0CZRI811IJioS2XKQHcgMixUT8mYyGQj+vcOAQas7GIYi6LpykqqSc3m7+yvqoG0TdX/c2JjYnpw/J53JxtC2IC4vsLuIPIgghVo5qafsfSxEJ22w20RZDatI2dYqFVcj8Jp+4aesQ8zMMNw7cX9NLyk7kw3DecYeyQp+zrZMueZPqLh88Z+54G+e6QuSU++0ouqQVd4PkpPqy6YI+8MdMUX4Ve0jOQxMmYH8BC6n5ZsTH/uEaLEtzYVZdSw/xdSQ7K1SH73aEH8XbRYx6rL7RkKksrdvhezX+ThDjQ+fTWjvNFrGcg3fmqXRy2elvoalu+BQmqlkWWjEJYA==";

    /// <summary>The fake notification of <c>TestVerifySign</c> (signature does not match; negative case only).</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> FakeNotification { get; } =
    [
        new("sign", "f19WZ3rko3cVpSG3uEEJF0eb4DuZVLt4/GXnNw9qg8iHUsJLkav0V91R5SSTDhW5lgkn3Xhq7TkFRJiDXdVXMu3XUlsONArp3Iu4tXagYJWt9jbcnc2/l29VYDXPLNcs7BXEWFEaCZLutQY2U82AumEwSc1XBKtsLC4mVX3M3f/ExFQHWklJEBHArYBGe4535uFRlsT2fk6WVuX8CuYZatCrVF1o02xMS5aD29eICPkmin/h87OcTbE1syktyCU1WVgcypagUdGGPTF0SVDFf7FRov7+w7fiCGGGL10tNlK/MLzcewtN2dyGF6RLUX3m+HQ7sNEk2wylRXLNUFig=="),
        new("seller_email", "imonkey@100tal.com"),
        new("sign_type", "RSA2"),
        new("total_amount", "0.02"),
        new("buyer_id", "2088812847201551"),
        new("invoice_amount", "0.02"),
        new("fund_bill_list", """[{"amount":"0.02","fundChannel":"PCREDIT"}]"""),
        new("trade_no", "2020010222001401551430614892"),
        new("receipt_amount", "0.02"),
        new("buyer_pay_amount", "0.02"),
        new("notify_time", "2020-01-02 16:18:21"),
        new("subject", "商品"),
        new("auth_app_id", "2015102700040153"),
        new("charset", "utf-8"),
        new("point_amount", "0.00"),
        new("notify_type", "trade_status_sync"),
        new("out_trade_no", "1086209247658383466"),
        new("gmt_payment", "2020-01-02 16:18:21"),
        new("trade_status", "TRADE_SUCCESS"),
        new("version", "1.0"),
        new("buyer_logon_id", "185****2920"),
        new("gmt_create", "2020-01-02 16:18:21"),
        new("app_id", "2015102700040153"),
        new("seller_id", "2088631240818980"),
        new("notify_id", "2020010200222161821001551453140885"),
    ];
}
