using System.ComponentModel.DataAnnotations;

namespace FacePay.Client;

/// <summary>
/// How an embedding application reaches the FacePay cluster. Bound from <c>FacePay:Client</c> and validated
/// when the host starts.
/// </summary>
public sealed class FacePayClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FacePay:Client";

    /// <summary>The Orleans cluster id of the silos to join.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ClusterId { get; set; } = "facepay-dev";

    /// <summary>The Orleans service id of the silos to join.</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string ServiceId { get; set; } = "facepay";

    /// <summary>The PostgreSQL connection string of the membership table (gateways are discovered there).</summary>
    [Required(ErrorMessage = "FacePay:Client:PostgresConnectionString is required: the client finds silos in the membership table.")]
    public string PostgresConnectionString { get; set; } = string.Empty;
}
