using System.ComponentModel.DataAnnotations;

namespace FacePay.Silo.Hosting;

/// <summary>
/// Where this silo listens and which cluster it joins. Bound from <c>FacePay:Silo</c>; validated at start so a
/// misconfigured silo refuses to start instead of joining the wrong cluster.
/// </summary>
public sealed class FacePaySiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Silo";

    /// <summary>The Orleans cluster id shared by every silo and client of one deployment.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ClusterId { get; set; } = "facepay-dev";

    /// <summary>The Orleans service id; keeps grain state and reminders apart between services.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ServiceId { get; set; } = "facepay";

    /// <summary>The silo-to-silo port; distinct for each silo on one host.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients connect to; distinct for each silo on one host.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address the silo advertises and binds; loopback for a single machine.</summary>
    [Required]
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>The PostgreSQL connection string for membership, grain state and reminders.</summary>
    [Required(ErrorMessage = "FacePay:Silo:PostgresConnectionString is required (deploy/up.sh sets it).")]
    public string PostgresConnectionString { get; set; } = string.Empty;
}
