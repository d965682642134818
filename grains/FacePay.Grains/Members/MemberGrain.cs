using FacePay.Contracts;
using FacePay.Contracts.Members;
using FacePay.Contracts.Verification;
using FacePay.Domain;
using FacePay.Face;
using FacePay.Face.Templates;
using Microsoft.Extensions.Logging;

namespace FacePay.Grains.Members;

/// <summary>
/// A member keyed <c>{merchantId}/{memberId}</c>: enrols a face template from quality-gated photos, keeps it only
/// encrypted (AES-256-GCM or SM4-GCM through <see cref="FaceTemplateProtector"/>, bound to the grain key so a blob
/// copied onto another member does not open), compares probes with it, and holds channel withholding agreements.
/// </summary>
public sealed partial class MemberGrain(
    [PersistentState("member", ProviderNames.GrainStorage)] IPersistentState<MemberGrainState> state,
    FaceTemplateProtector protector,
    FaceMatcher matcher,
    TimeProvider time,
    ILogger<MemberGrain> logger) : Grain, IMemberGrain
{
    /// <summary>Most photos accepted in one enrolment.</summary>
    public const int MaxEnrollmentPhotos = 5;

    private string Key => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<EnrollmentResult> EnrollAsync(IReadOnlyList<byte[]> photos)
    {
        if (photos is null || photos.Count is 0 or > MaxEnrollmentPhotos || photos.Any(p => p is null))
        {
            return Refused(EnrollmentError.InvalidRequest, $"Enrolment takes 1 to {MaxEnrollmentPhotos} photos.");
        }

        if (!IsValidKey(Key))
        {
            return Refused(EnrollmentError.InvalidRequest, "A member key is {merchantId}/{memberId}.");
        }

        var worker = GrainFactory.GetGrain<IFaceCheckWorker>(0);
        var checks = await Task.WhenAll(photos.Select(worker.CheckAsync));
        var verdicts = checks.Select((c, i) => new EnrollmentPhotoResult(i, c.Status, c.Reason, c.Message, c.Liveness)).ToList();
        if (checks.Any(c => c.Status == FaceCheckStatus.Busy))
        {
            return Refused(EnrollmentError.Busy, "The face checker is at capacity; retry in a moment.", verdicts);
        }

        if (checks.Any(c => !c.IsAccepted))
        {
            return Refused(EnrollmentError.PhotoRejected, "At least one photo did not pass the face quality checks; see the photo results.", verdicts);
        }

        var embeddings = checks.Select(c => FaceEmbedding.FromBytes(c.Embedding)).ToList();

        // Every pair must match: one photo of someone else would otherwise be averaged into the member's template.
        for (var i = 0; i < embeddings.Count; i++)
        {
            for (var j = i + 1; j < embeddings.Count; j++)
            {
                if (!matcher.Compare(embeddings[i], embeddings[j]).IsMatch)
                {
                    return Refused(EnrollmentError.InconsistentPhotos, $"Photos {i} and {j} do not show the same person.", verdicts);
                }
            }
        }

        var template = FaceTemplateBuilder.Mean(embeddings);
        state.State.ProtectedTemplate = protector.Protect(template, Key);
        state.State.EnrolledAt = time.GetUtcNow();
        state.State.PhotoCount = embeddings.Count;
        await state.WriteStateAsync();
        LogEnrolled(Key, embeddings.Count);
        return new EnrollmentResult { Member = View(), Photos = verdicts };
    }

    /// <inheritdoc />
    public async Task DeleteAsync()
    {
        // Clearing removes the payload from storage (the row keeps no template), not a "deleted" flag beside it.
        await state.ClearStateAsync();
        state.State = new MemberGrainState();
        LogDeleted(Key);
    }

    /// <inheritdoc />
    public Task<MemberView> GetAsync() => Task.FromResult(View());

    /// <inheritdoc />
    public Task<MemberFaceMatch> VerifyAsync(byte[] embedding)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        if (state.State.ProtectedTemplate is not { } blob)
        {
            return Task.FromResult(new MemberFaceMatch(false, 0, 0, false));
        }

        var probe = FaceEmbedding.FromBytes(embedding);
        var match = matcher.Compare(probe, protector.Unprotect(blob, Key));
        return Task.FromResult(new MemberFaceMatch(true, match.Similarity, match.Threshold, match.IsMatch));
    }

    /// <inheritdoc />
    public async Task SetPaymentAgreementAsync(PaymentChannel channel, string? agreementNo)
    {
        if (string.IsNullOrWhiteSpace(agreementNo))
        {
            if (!state.State.Agreements.Remove(channel))
            {
                return;
            }
        }
        else
        {
            state.State.Agreements[channel] = agreementNo;
        }

        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<string?> GetPaymentAgreementAsync(PaymentChannel channel) =>
        Task.FromResult(state.State.Agreements.TryGetValue(channel, out var number) ? number : null);

    /// <summary>Whether a member grain key has the form <c>{merchantId}/{memberId}</c> (member id 1–64 of <c>[A-Za-z0-9_-]</c>).</summary>
    public static bool IsValidKey(string? key)
    {
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0)
        {
            return false;
        }

        var member = key![(slash + 1)..];
        return OrderKey.IsValidMerchantId(key[..slash])
            && member.Length is > 0 and <= 64
            && member.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }

    private MemberView View() => new()
    {
        Key = Key,
        Status = state.State.ProtectedTemplate is null ? MemberStatus.NotEnrolled : MemberStatus.Enrolled,
        EnrolledAt = state.State.EnrolledAt,
        PhotoCount = state.State.PhotoCount,
        AgreementChannels = [.. state.State.Agreements.Keys.Order()],
    };

    private EnrollmentResult Refused(EnrollmentError error, string message, IReadOnlyList<EnrollmentPhotoResult>? photos = null) =>
        new() { Member = View(), Error = error, Message = message, Photos = photos ?? [] };

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberKey} enrolled from {PhotoCount} photo(s).")]
    private partial void LogEnrolled(string memberKey, int photoCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberKey} deleted; the face template is removed.")]
    private partial void LogDeleted(string memberKey);
}
