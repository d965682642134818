namespace FacePay.Domain.Requests;

/// <summary>The first response to an idempotent request, kept to be replayed byte for byte to its retries.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The content type, if any.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="Location">The <c>Location</c> header, if any.</param>
[GenerateSerializer, Immutable, Alias("FacePay.Requests.StoredResponse")]
public sealed record StoredResponse(
    [property: Id(0)] int StatusCode,
    [property: Id(1)] string? ContentType,
    [property: Id(2)] byte[] Body,
    [property: Id(3)] string? Location);
