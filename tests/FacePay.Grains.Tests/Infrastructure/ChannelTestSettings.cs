namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>Keys through which the cluster fixture tells the test silos where the channel sandbox is.</summary>
public static class ChannelTestSettings
{
    /// <summary>The folder holding the sandbox's credentials (see <c>SandboxCredentials.Save</c>).</summary>
    public const string CredentialsDirectoryKey = "FacePay:Tests:Sandbox:CredentialsDirectory";

    /// <summary>The sandbox's base URL.</summary>
    public const string BaseUrlKey = "FacePay:Tests:Sandbox:BaseUrl";

    /// <summary>The notification relay's base URL (notifications go to {base}/notify/{channel}/{merchantId}).</summary>
    public const string NotifyBaseUrlKey = "FacePay:Tests:Sandbox:NotifyBaseUrl";

    /// <summary>The one merchant whose orders the channel tests pay: it owns the sandbox's channel accounts.</summary>
    public const string MerchantId = "m_chan";
}
