using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using FacePay.Channels.Alipay;
using FacePay.Channels.WechatPay;

namespace FacePay.Sandbox.Credentials;

/// <summary>
/// Every key and identifier of both sides of both channels: the merchant side (app key pair, WeChat merchant API key
/// and certificate) that a silo configures its clients with, and the gateway side (Alipay key pair, WeChat platform
/// certificate key and WeChat Pay public key) that the sandbox signs with. Generated fresh, or loaded from / saved
/// to a folder (see <see cref="Save"/> for the layout).
/// </summary>
public sealed class SandboxCredentials
{
    /// <summary>The manifest file name inside the credentials folder.</summary>
    public const string ManifestFileName = "credentials.json";

    /// <summary>The client configuration file a running sandbox writes into the credentials folder.</summary>
    public const string ClientConfigurationFileName = "channels.appsettings.json";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Alipay <c>app_id</c>.</summary>
    public required string AlipayAppId { get; init; }

    /// <summary>Alipay merchant PID (<c>seller_id</c>, 2088…).</summary>
    public required string AlipaySellerId { get; init; }

    /// <summary>The app private key (PKCS#8 PEM): signs requests (merchant side).</summary>
    public required string AppPrivateKeyPem { get; init; }

    /// <summary>The app public key (SPKI PEM): the gateway verifies requests with it.</summary>
    public required string AppPublicKeyPem { get; init; }

    /// <summary>The "Alipay private key" (PKCS#8 PEM): the gateway signs responses and notifications.</summary>
    public required string AlipayPrivateKeyPem { get; init; }

    /// <summary>The Alipay public key (SPKI PEM): the merchant verifies responses and notifications.</summary>
    public required string AlipayPublicKeyPem { get; init; }

    /// <summary>WeChat Pay <c>mchid</c>.</summary>
    public required string WechatPayMchId { get; init; }

    /// <summary>WeChat <c>appid</c> bound to the merchant.</summary>
    public required string WechatPayAppId { get; init; }

    /// <summary>The merchant API private key (<c>apiclient_key.pem</c>, PKCS#8).</summary>
    public required string MerchantPrivateKeyPem { get; init; }

    /// <summary>The merchant API certificate (<c>apiclient_cert.pem</c>).</summary>
    public required string MerchantCertificatePem { get; init; }

    /// <summary>The merchant API certificate serial (upper-case hex), sent as <c>serial_no</c>.</summary>
    public required string MerchantSerialNo { get; init; }

    /// <summary>The platform certificate private key (gateway side, PKCS#8).</summary>
    public required string PlatformPrivateKeyPem { get; init; }

    /// <summary>The platform certificate (PEM) the merchant verifies with in certificate mode.</summary>
    public required string PlatformCertificatePem { get; init; }

    /// <summary>The platform certificate serial (upper-case hex), announced in <c>Wechatpay-Serial</c>.</summary>
    public required string PlatformSerialNo { get; init; }

    /// <summary>The WeChat Pay public key id (<c>PUB_KEY_ID_…</c>), announced in public-key mode.</summary>
    public required string PublicKeyId { get; init; }

    /// <summary>The WeChat Pay public key (SPKI PEM) the merchant verifies with in public-key mode.</summary>
    public required string WechatPayPublicKeyPem { get; init; }

    /// <summary>The private half of the WeChat Pay public key (gateway side, PKCS#8).</summary>
    public required string WechatPayPublicKeyPrivatePem { get; init; }

    /// <summary>The APIv3 key: 32 ASCII characters, the AES-256-GCM key of notification resources.</summary>
    public required string ApiV3Key { get; init; }

    /// <summary>Fills Alipay client options (merchant side) to talk to a sandbox.</summary>
    /// <param name="options">The options to fill.</param>
    /// <param name="gatewayUrl">The sandbox's <c>/alipay/gateway.do</c> URL.</param>
    /// <param name="notifyUrl">Where the sandbox should send notifications, if anywhere.</param>
    public void ConfigureAlipay(AlipayOptions options, Uri gatewayUrl, Uri? notifyUrl = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gatewayUrl);
        options.GatewayUrl = gatewayUrl;
        options.AppId = AlipayAppId;
        options.SellerId = AlipaySellerId;
        options.AppPrivateKeyPem = AppPrivateKeyPem;
        options.AlipayPublicKeyPem = AlipayPublicKeyPem;
        options.NotifyUrl = notifyUrl;
    }

    /// <summary>
    /// Fills WeChat Pay client options (merchant side) to talk to a sandbox; both the platform certificate and the
    /// WeChat Pay public key are added, so either <see cref="SandboxWechatPayKeyMode"/> verifies.
    /// </summary>
    /// <param name="options">The options to fill.</param>
    /// <param name="baseUrl">The sandbox base URL.</param>
    /// <param name="notifyUrl">Where the sandbox should send notifications, if anywhere.</param>
    public void ConfigureWechatPay(WechatPayOptions options, Uri baseUrl, Uri? notifyUrl = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(baseUrl);
        options.BaseUrl = baseUrl;
        options.MchId = WechatPayMchId;
        options.AppId = WechatPayAppId;
        options.MerchantPrivateKeyPem = MerchantPrivateKeyPem;
        options.MerchantCertificateSerial = MerchantSerialNo;
        options.ApiV3Key = ApiV3Key;
        options.PlatformCertificatesPem.Clear();
        options.PlatformCertificatesPem.Add(PlatformCertificatePem);
        options.PublicKeyId = PublicKeyId;
        options.PublicKeyPem = WechatPayPublicKeyPem;
        options.NotifyUrl = notifyUrl;
    }

    /// <summary>
    /// Writes <c>channels.appsettings.json</c>: a configuration file whose <c>Channels:Alipay</c> and
    /// <c>Channels:WechatPay</c> sections bind straight onto <see cref="AlipayOptions"/> and
    /// <see cref="WechatPayOptions"/> (merchant-side keys only), pointing at the given sandbox base URL.
    /// </summary>
    /// <param name="directory">The folder (usually the credentials folder).</param>
    /// <param name="baseUrl">The running sandbox's base URL.</param>
    /// <returns>The file path.</returns>
    public string WriteClientConfiguration(string directory, Uri baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        var document = new Dictionary<string, object>
        {
            ["Channels"] = new Dictionary<string, object>
            {
                ["Alipay"] = new Dictionary<string, object>
                {
                    ["GatewayUrl"] = new Uri(root, "alipay/gateway.do").ToString(),
                    ["AppId"] = AlipayAppId,
                    ["SellerId"] = AlipaySellerId,
                    ["AppPrivateKeyPem"] = AppPrivateKeyPem,
                    ["AlipayPublicKeyPem"] = AlipayPublicKeyPem,
                },
                ["WechatPay"] = new Dictionary<string, object>
                {
                    ["BaseUrl"] = root.ToString(),
                    ["MchId"] = WechatPayMchId,
                    ["AppId"] = WechatPayAppId,
                    ["MerchantPrivateKeyPem"] = MerchantPrivateKeyPem,
                    ["MerchantCertificateSerial"] = MerchantSerialNo,
                    ["ApiV3Key"] = ApiV3Key,
                    ["PlatformCertificatesPem"] = new[] { PlatformCertificatePem },
                    ["PublicKeyId"] = PublicKeyId,
                    ["PublicKeyPem"] = WechatPayPublicKeyPem,
                },
            },
        };
        Write(directory, ClientConfigurationFileName, JsonSerializer.Serialize(document, ManifestJson), secret: true);
        return Path.Combine(directory, ClientConfigurationFileName);
    }

    /// <summary>Generates fresh RSA-2048 keys and identifiers.</summary>
    /// <param name="alipayAppId">Alipay app id.</param>
    /// <param name="alipaySellerId">Alipay seller id.</param>
    /// <param name="wechatPayMchId">WeChat merchant id.</param>
    /// <param name="wechatPayAppId">WeChat app id.</param>
    /// <returns>The credentials.</returns>
    public static SandboxCredentials Generate(string alipayAppId, string alipaySellerId, string wechatPayMchId, string wechatPayAppId)
    {
        using var app = RSA.Create(2048);
        using var alipay = RSA.Create(2048);
        using var merchant = RSA.Create(2048);
        using var platform = RSA.Create(2048);
        using var publicKey = RSA.Create(2048);
        var (merchantCertificate, merchantSerial) = SelfSigned(merchant, $"CN={wechatPayMchId}, OU=FacePay Sandbox Merchant, O=FacePay Sandbox");
        var (platformCertificate, platformSerial) = SelfSigned(platform, "CN=Tenpay.com Root CA Sandbox, OU=FacePay Sandbox Platform, O=FacePay Sandbox");
        return new SandboxCredentials
        {
            AlipayAppId = alipayAppId,
            AlipaySellerId = alipaySellerId,
            AppPrivateKeyPem = app.ExportPkcs8PrivateKeyPem(),
            AppPublicKeyPem = app.ExportSubjectPublicKeyInfoPem(),
            AlipayPrivateKeyPem = alipay.ExportPkcs8PrivateKeyPem(),
            AlipayPublicKeyPem = alipay.ExportSubjectPublicKeyInfoPem(),
            WechatPayMchId = wechatPayMchId,
            WechatPayAppId = wechatPayAppId,
            MerchantPrivateKeyPem = merchant.ExportPkcs8PrivateKeyPem(),
            MerchantCertificatePem = merchantCertificate,
            MerchantSerialNo = merchantSerial,
            PlatformPrivateKeyPem = platform.ExportPkcs8PrivateKeyPem(),
            PlatformCertificatePem = platformCertificate,
            PlatformSerialNo = platformSerial,
            PublicKeyId = "PUB_KEY_ID_" + RandomDigits(22),
            WechatPayPublicKeyPem = publicKey.ExportSubjectPublicKeyInfoPem(),
            WechatPayPublicKeyPrivatePem = publicKey.ExportPkcs8PrivateKeyPem(),
            ApiV3Key = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32),
        };
    }

    /// <summary>Loads credentials saved by <see cref="Save"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="InvalidDataException">The manifest is missing or incomplete.</exception>
    public static SandboxCredentials Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifestPath = Path.Combine(directory, ManifestFileName);
        var manifest = JsonSerializer.Deserialize<SandboxCredentialsManifest>(File.ReadAllText(manifestPath), ManifestJson)
            ?? throw new InvalidDataException($"{manifestPath} is empty.");
        string Read(string relative) => File.ReadAllText(Path.Combine(directory, relative));
        var a = manifest.Alipay ?? throw new InvalidDataException("credentials.json lacks 'alipay'.");
        var w = manifest.WechatPay ?? throw new InvalidDataException("credentials.json lacks 'wechatPay'.");
        return new SandboxCredentials
        {
            AlipayAppId = a.AppId,
            AlipaySellerId = a.SellerId,
            AppPrivateKeyPem = Read(a.AppPrivateKeyFile),
            AppPublicKeyPem = Read(a.AppPublicKeyFile),
            AlipayPrivateKeyPem = Read(a.AlipayPrivateKeyFile),
            AlipayPublicKeyPem = Read(a.AlipayPublicKeyFile),
            WechatPayMchId = w.MchId,
            WechatPayAppId = w.AppId,
            MerchantPrivateKeyPem = Read(w.MerchantPrivateKeyFile),
            MerchantCertificatePem = Read(w.MerchantCertificateFile),
            MerchantSerialNo = w.MerchantSerialNo,
            PlatformPrivateKeyPem = Read(w.PlatformPrivateKeyFile),
            PlatformCertificatePem = Read(w.PlatformCertificateFile),
            PlatformSerialNo = w.PlatformSerialNo,
            PublicKeyId = w.PublicKeyId,
            WechatPayPublicKeyPem = Read(w.PublicKeyFile),
            WechatPayPublicKeyPrivatePem = Read(w.PublicKeyPrivateKeyFile),
            ApiV3Key = Read(w.ApiV3KeyFile).Trim(),
        };
    }

    /// <summary>Loads the folder's credentials, or generates them and saves them there when it holds none.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="generate">Creates new credentials.</param>
    /// <returns>The credentials.</returns>
    public static SandboxCredentials LoadOrCreate(string directory, Func<SandboxCredentials> generate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(generate);
        if (File.Exists(Path.Combine(directory, ManifestFileName)))
        {
            return Load(directory);
        }

        var credentials = generate();
        credentials.Save(directory);
        return credentials;
    }

    /// <summary>
    /// Writes the credentials as PEM files plus <c>credentials.json</c> (ids, serials and the relative path of
    /// each file). Layout: <c>alipay/app_private_key.pem</c>, <c>alipay/app_public_key.pem</c>,
    /// <c>alipay/alipay_public_key.pem</c>, <c>alipay/alipay_private_key.pem</c> (gateway only),
    /// <c>wechatpay/apiclient_key.pem</c>, <c>wechatpay/apiclient_cert.pem</c>, <c>wechatpay/platform_cert.pem</c>,
    /// <c>wechatpay/pub_key.pem</c>, <c>wechatpay/apiv3_key.txt</c>, and gateway-only
    /// <c>wechatpay/platform_private_key.pem</c>, <c>wechatpay/pub_key_private_key.pem</c>. Private key files get
    /// owner-only permissions.
    /// </summary>
    /// <param name="directory">The folder (created when missing).</param>
    public void Save(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifest = new SandboxCredentialsManifest
        {
            Alipay = new SandboxCredentialsManifest.AlipaySection
            {
                AppId = AlipayAppId,
                SellerId = AlipaySellerId,
            },
            WechatPay = new SandboxCredentialsManifest.WechatPaySection
            {
                MchId = WechatPayMchId,
                AppId = WechatPayAppId,
                MerchantSerialNo = MerchantSerialNo,
                PlatformSerialNo = PlatformSerialNo,
                PublicKeyId = PublicKeyId,
            },
        };
        var a = manifest.Alipay;
        var w = manifest.WechatPay;
        Write(directory, a.AppPrivateKeyFile, AppPrivateKeyPem, secret: true);
        Write(directory, a.AppPublicKeyFile, AppPublicKeyPem, secret: false);
        Write(directory, a.AlipayPrivateKeyFile, AlipayPrivateKeyPem, secret: true);
        Write(directory, a.AlipayPublicKeyFile, AlipayPublicKeyPem, secret: false);
        Write(directory, w.MerchantPrivateKeyFile, MerchantPrivateKeyPem, secret: true);
        Write(directory, w.MerchantCertificateFile, MerchantCertificatePem, secret: false);
        Write(directory, w.PlatformPrivateKeyFile, PlatformPrivateKeyPem, secret: true);
        Write(directory, w.PlatformCertificateFile, PlatformCertificatePem, secret: false);
        Write(directory, w.PublicKeyFile, WechatPayPublicKeyPem, secret: false);
        Write(directory, w.PublicKeyPrivateKeyFile, WechatPayPublicKeyPrivatePem, secret: true);
        Write(directory, w.ApiV3KeyFile, ApiV3Key, secret: true);
        Write(directory, ManifestFileName, JsonSerializer.Serialize(manifest, ManifestJson), secret: false);
    }

    private static void Write(string directory, string relative, string content, bool secret)
    {
        var path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (secret && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static (string Pem, string Serial) SelfSigned(RSA key, string subject)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var serial = RandomNumberGenerator.GetBytes(20);
        serial[0] &= 0x7F; // positive, so the hex serial has no sign byte surprises
        serial[0] |= 0x10; // and no leading zero nibble, so the hex keeps 40 digits
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.Create(new X500DistinguishedName(subject), X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), now.AddDays(-1), now.AddYears(5), serial);
        return (certificate.ExportCertificatePem(), Convert.ToHexString(serial));
    }

    private static string RandomDigits(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => RandomNumberGenerator.GetInt32(10).ToString(CultureInfo.InvariantCulture)));
}
