using System.Diagnostics.CodeAnalysis;

namespace FacePay.Channels.Crypto;

/// <summary>
/// The outcome of verifying (or decrypting) data received from, or sent to, a channel: either a value or a precise
/// <see cref="VerificationFailure"/> with a human-readable detail. Malformed input never surfaces as a raw exception.
/// </summary>
/// <typeparam name="T">The verified value.</typeparam>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Factory methods read better than constructors at every call site.")]
public sealed record VerificationResult<T>
{
    private VerificationResult(T? value, VerificationFailure failure, string detail)
    {
        Value = value;
        Failure = failure;
        Detail = detail;
    }

    /// <summary>The verified value; set only when <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>Why verification failed, or <see cref="VerificationFailure.None"/>.</summary>
    public VerificationFailure Failure { get; }

    /// <summary>Human-readable detail for logs; never contains keys or secrets.</summary>
    public string Detail { get; }

    /// <summary>True when the data was verified and <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Failure == VerificationFailure.None;

    /// <summary>A successful result.</summary>
    /// <param name="value">The verified value.</param>
    /// <returns>The result.</returns>
    public static VerificationResult<T> Success(T value) => new(value, VerificationFailure.None, string.Empty);

    /// <summary>A failed result.</summary>
    /// <param name="failure">The reason; must not be <see cref="VerificationFailure.None"/>.</param>
    /// <param name="detail">Detail for logs.</param>
    /// <returns>The result.</returns>
    public static VerificationResult<T> Fail(VerificationFailure failure, string detail)
    {
        if (failure == VerificationFailure.None)
        {
            throw new ArgumentOutOfRangeException(nameof(failure), "A failure needs a reason.");
        }

        return new(default, failure, detail);
    }

    /// <summary>Carries this failure over to a result of another type.</summary>
    /// <typeparam name="TOther">The other value type.</typeparam>
    /// <returns>A failed result with the same reason and detail.</returns>
    public VerificationResult<TOther> AsFailure<TOther>() => VerificationResult<TOther>.Fail(Failure, Detail);

    /// <summary>Returns the value or throws <see cref="ChannelVerificationException"/> carrying the reason.</summary>
    /// <returns>The verified value.</returns>
    public T GetValueOrThrow() =>
        IsValid ? Value : throw new ChannelVerificationException(Failure, Detail);
}
