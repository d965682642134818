using System.Security.Claims;
using FacePay.Client;
using FacePay.Contracts.Members;
using FacePay.Domain;
using FacePay.Domain.Verification;
using FacePay.MerchantApi.Authentication;
using FacePay.MerchantApi.Limits;
using FacePay.MerchantApi.Models;
using FacePay.MerchantApi.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FacePay.MerchantApi.Apis;

/// <summary>
/// The face-pay flow: start a verification session for an order and its member, submit captures (multipart image),
/// pay with the verification token — or <c>face-pay</c>, which does all three in one call.
/// </summary>
public static class FacePayApi
{
    private const int MaxPayerCodeLength = 128;
    private const int MaxDeviceIdLength = 64;

    /// <summary>Maps the face-pay endpoints.</summary>
    public static RouteGroupBuilder MapFacePayApi(this RouteGroupBuilder v1, MerchantApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(v1);
        ArgumentNullException.ThrowIfNull(options);
        var imageLimit = new RequestBodyLimit(options.MaxImageBytes + 64 * 1024);

        v1.MapPost("/orders/{outTradeNo}/verifications", StartVerificationAsync)
            .WithName("StartVerification")
            .WithTags("Face pay")
            .WithSummary("Open a face verification session for the order and its member.");
        v1.MapGet("/verifications/{sessionId:guid}", GetVerificationAsync)
            .WithName("GetVerification")
            .WithTags("Face pay")
            .WithSummary("Read a verification session.");
        v1.MapPost("/verifications/{sessionId:guid}/captures", SubmitCaptureAsync)
            .WithName("SubmitCapture")
            .WithTags("Face pay")
            .WithSummary("Submit one face capture (multipart/form-data, file field 'image': JPEG, PNG or WebP).")
            .WithMetadata(imageLimit)
            .DisableAntiforgery();
        v1.MapPost("/orders/{outTradeNo}/pay", PayAsync)
            .WithName("PayWithVerification")
            .WithTags("Face pay")
            .WithSummary("Pay a verified order with its single-use verification token.");
        v1.MapPost("/orders/{outTradeNo}/face-pay", FacePayAsync)
            .WithName("FacePay")
            .WithTags("Face pay")
            .WithSummary("Verify a capture and, on a match, pay: multipart fields memberId, payerCode, deviceId (optional) and file 'image'.")
            .WithMetadata(imageLimit)
            .DisableAntiforgery();
        return v1;
    }

    /// <summary>Opens a verification session.</summary>
    public static async Task<Results<Created<VerificationSessionResponse>, ProblemHttpResult>> StartVerificationAsync(
        string outTradeNo, StartVerificationRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var order))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var errors = new Dictionary<string, string[]>();
        if (!MemberKey.IsValidMemberId(request.MemberId))
        {
            errors["memberId"] = [FieldRules.MemberId];
        }

        if (request.LifetimeSeconds is <= 0 or > 3600)
        {
            errors["lifetimeSeconds"] = ["lifetimeSeconds must be 1 to 3600 (the cluster's own limit applies too)."];
        }

        if (errors.Count > 0)
        {
            return ProblemTypes.Fields(errors, "The verification request is invalid.");
        }

        var lifetime = request.LifetimeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var result = await client.StartVerificationAsync(order, new VerificationStart(request.MemberId!, lifetime), cancellationToken);
        if (!result.Succeeded)
        {
            return VerificationProblems.From(result);
        }

        var body = VerificationSessionResponse.From(result.Session);
        return TypedResults.Created($"/v1/verifications/{body.SessionId}", body);
    }

    /// <summary>Reads a verification session.</summary>
    public static async Task<Results<Ok<VerificationSessionResponse>, ProblemHttpResult>> GetVerificationAsync(
        Guid sessionId, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        var session = await client.GetVerificationAsync(user.GetMerchantId(), sessionId, cancellationToken);
        return session is null ? VerificationProblems.SessionNotFound(sessionId) : TypedResults.Ok(VerificationSessionResponse.From(session));
    }

    /// <summary>Submits one capture; a refusal before analysis (expired, replayed, busy, ...) is a problem and uses no attempt.</summary>
    public static async Task<Results<Ok<CaptureResponse>, ProblemHttpResult>> SubmitCaptureAsync(
        Guid sessionId, HttpRequest request, ClaimsPrincipal user, IFacePayClient client, IOptions<MerchantApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (form, formProblem) = await FormUploads.ReadAsync(request, "a file field 'image'", cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        var (image, imageProblem) = await FormUploads.ReadImageAsync(form.Files.GetFile("image"), "image", options.Value.MaxImageBytes, cancellationToken);
        if (image is null)
        {
            return imageProblem!;
        }

        var result = await client.SubmitCaptureAsync(user.GetMerchantId(), sessionId, image, cancellationToken);
        return result.Refusal == SubmissionRefusal.None ? TypedResults.Ok(CaptureResponse.From(sessionId, result)) : VerificationProblems.From(result);
    }

    /// <summary>Pays a verified order with its token.</summary>
    public static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> PayAsync(
        string outTradeNo, PayRequest request, ClaimsPrincipal user, IFacePayClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var order))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.VerificationToken) || request.VerificationToken.Length > 200)
        {
            errors["verificationToken"] = ["verificationToken is required: the token the matching capture returned."];
        }

        CheckPaymentFields(request.PayerCode, request.DeviceId, errors);
        if (errors.Count > 0)
        {
            return ProblemTypes.Fields(errors, "The payment request is invalid.");
        }

        var result = await client.PayWithVerificationAsync(order, new FacePayment(request.VerificationToken!, request.PayerCode!, request.DeviceId), cancellationToken);
        return result.Succeeded ? TypedResults.Ok(OrderResponse.From(result.Order)) : OrderProblems.From(result);
    }

    /// <summary>Verifies one capture and, on a match, pays; a capture that does not match answers 422 with the capture's result.</summary>
    public static async Task<Results<Ok<FacePayResponse>, ProblemHttpResult>> FacePayAsync(
        string outTradeNo, HttpRequest request, ClaimsPrincipal user, IFacePayClient client, IOptions<MerchantApiOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!OrderKey.TryCreate(user.GetMerchantId(), outTradeNo, out var order))
        {
            return OrderProblems.NotFound(outTradeNo);
        }

        var (form, formProblem) = await FormUploads.ReadAsync(request, "fields memberId and payerCode and a file field 'image'", cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        var memberId = form["memberId"].ToString();
        if (!MemberKey.IsValidMemberId(memberId))
        {
            errors["memberId"] = [FieldRules.MemberId];
        }

        var payerCode = form["payerCode"].ToString();
        var deviceId = form["deviceId"].ToString() is { Length: > 0 } device ? device : null;
        CheckPaymentFields(payerCode, deviceId, errors);
        if (errors.Count > 0)
        {
            return ProblemTypes.Fields(errors, "The face-pay request is invalid.");
        }

        var (image, imageProblem) = await FormUploads.ReadImageAsync(form.Files.GetFile("image"), "image", options.Value.MaxImageBytes, cancellationToken);
        if (image is null)
        {
            return imageProblem!;
        }

        var result = await client.VerifyAndPayAsync(order, new VerifyAndPayRequest(memberId, image, payerCode, deviceId), cancellationToken);
        if (!result.Session.Succeeded)
        {
            return VerificationProblems.From(result.Session);
        }

        var sessionId = result.Session.Session.SessionId;
        if (result.Capture is not { } capture || capture.Refusal != SubmissionRefusal.None)
        {
            return VerificationProblems.From(result.Capture!);
        }

        var captureBody = CaptureResponse.From(sessionId, capture);
        if (!capture.Verified)
        {
            return TypedResults.Problem(
                detail: capture.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The face was not verified.",
                type: ProblemTypes.Of(capture.Outcome?.ToString() ?? "NotVerified"),
                extensions: new Dictionary<string, object?> { ["capture"] = captureBody });
        }

        return result.Payment is { Succeeded: true } payment
            ? TypedResults.Ok(new FacePayResponse(captureBody, OrderResponse.From(payment.Order)))
            : OrderProblems.From(result.Payment!);
    }

    private static void CheckPaymentFields(string? payerCode, string? deviceId, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(payerCode) || payerCode.Length > MaxPayerCodeLength)
        {
            errors["payerCode"] = [$"payerCode is required and at most {MaxPayerCodeLength} characters: the kiosk's code from the channel's face SDK."];
        }

        if (deviceId is { Length: > MaxDeviceIdLength })
        {
            errors["deviceId"] = [$"deviceId is at most {MaxDeviceIdLength} characters."];
        }
    }
}
