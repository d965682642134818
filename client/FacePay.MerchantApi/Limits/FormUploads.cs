using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FacePay.MerchantApi.Limits;

/// <summary>Reads <c>multipart/form-data</c> uploads and turns every way they can be wrong into a problem.</summary>
public static class FormUploads
{
    /// <summary>The form, or the problem: not multipart (415) or malformed (400).</summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, string expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(
                detail: $"Send multipart/form-data with {expected}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "The request must be a multipart form.",
                type: ProblemTypes.MalformedRequest));
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The form could not be read.", type: ProblemTypes.MalformedRequest));
        }
    }

    /// <summary>Reads one image file of the form, or the problem: missing (400), too large (413), not an image (415).</summary>
    public static async Task<(byte[]? Image, ProblemHttpResult? Problem)> ReadImageAsync(IFormFile? file, string field, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return (null, ProblemTypes.Field(field, $"'{field}' is required: a JPEG, PNG or WebP file of at most {maxBytes} bytes."));
        }

        var (image, error, tooLarge) = await ImageUpload.ReadAsync(file, maxBytes, cancellationToken);
        if (image is not null)
        {
            return (image, null);
        }

        return (null, tooLarge
            ? TypedResults.Problem(detail: error, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The image is too large.", type: ProblemTypes.TooLarge)
            : TypedResults.Problem(detail: error, statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The upload is not an image.", type: ProblemTypes.NotAnImage));
    }

    /// <summary>A required form field, or a 400 problem naming it.</summary>
    public static (string? Value, ProblemHttpResult? Problem) RequiredField(IFormCollection form, string field, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(form);
        var value = form[field].ToString();
        return string.IsNullOrWhiteSpace(value) || value.Length > maxLength
            ? (null, ProblemTypes.Field(field, $"'{field}' is required and at most {maxLength} characters."))
            : (value, null);
    }
}
