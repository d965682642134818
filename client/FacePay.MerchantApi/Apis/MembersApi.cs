using System.Security.Claims;
using FacePay.Client;
using FacePay.Contracts.Members;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Limits;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Apis;

/// <summary>Members: enrol a face from photos (multipart), read, delete.</summary>
public static class MembersApi
{
    /// <summary>Maps the member endpoints.</summary>
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder v1, MerchantApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(v1);
        ArgumentNullException.ThrowIfNull(options);
        var api = v1.MapGroup("/members/{memberId}").WithTags("Members");
        api.MapPost("/enrollment", EnrollAsync)
            .WithName("EnrollMember")
            .WithSummary("Enrol (or re-enrol) the member's face from 1-5 photos of the same person (multipart/form-data, file fields 'photos').")
            .WithMetadata(new RequestBodyLimit(((long)options.MaxImageBytes * options.MaxEnrollmentPhotos) + (64 * 1024)))
            .DisableAntiforgery();
        api.MapGet("/", GetAsync)
            .WithName("GetMember")
            .WithSummary("Read a member's enrolment status.");
        api.MapDelete("/", DeleteAsync)
            .WithName("DeleteMember")
            .WithSummary("Delete the member's face template.");
        return api;
    }

    /// <summary>Enrols a member; 422 with the per-photo verdicts when a photo fails the quality gates or the photos differ.</summary>
    public static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> EnrollAsync(
        string memberId, HttpRequest request, ClaimsPrincipal user, IFacePayClient client, IOptions<MerchantApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!MemberKey.TryCreate(user.GetMerchantId(), memberId, out var key))
        {
            return ProblemTypes.Field("memberId", FieldRules.MemberId);
        }

        var (form, formProblem) = await FormUploads.ReadAsync(request, "1-5 file fields 'photos'", cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        var files = form.Files.GetFiles("photos");
        var max = options.Value.MaxEnrollmentPhotos;
        if (files.Count == 0 || files.Count > max)
        {
            return ProblemTypes.Field("photos", $"Send 1 to {max} file fields named 'photos' (JPEG, PNG or WebP), all of the same person.");
        }

        var photos = new List<byte[]>(files.Count);
        foreach (var file in files)
        {
            var (image, problem) = await FormUploads.ReadImageAsync(file, "photos", options.Value.MaxImageBytes, cancellationToken);
            if (image is null)
            {
                return problem!;
            }

            photos.Add(image);
        }

        var result = await client.EnrollMemberAsync(key, photos, cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(MemberResponse.From(key, result.Member));
        }

        var status = result.Error switch
        {
            EnrollmentError.Busy => StatusCodes.Status503ServiceUnavailable,
            EnrollmentError.InvalidRequest => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(
            detail: result.Message,
            statusCode: status,
            title: "The enrolment was refused; any earlier enrolment is unchanged.",
            type: ProblemTypes.Of(result.Error.ToString()!),
            extensions: new Dictionary<string, object?> { ["photos"] = result.Photos.Select(EnrollmentPhotoResponse.From).ToList() });
    }

    /// <summary>Reads a member.</summary>
    public static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> GetAsync(
        string memberId, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!MemberKey.TryCreate(user.GetMerchantId(), memberId, out var key))
        {
            return ProblemTypes.Field("memberId", FieldRules.MemberId);
        }

        return TypedResults.Ok(MemberResponse.From(key, await client.GetMemberAsync(key, cancellationToken)));
    }

    /// <summary>Deletes a member's face template (deleting twice is fine).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string memberId, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        if (!MemberKey.TryCreate(user.GetMerchantId(), memberId, out var key))
        {
            return ProblemTypes.Field("memberId", FieldRules.MemberId);
        }

        await client.DeleteMemberAsync(key, cancellationToken);
        return TypedResults.NoContent();
    }
}
