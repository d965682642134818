using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FacePay.Domain;

/// <summary>
/// An exact amount of money: a whole number of minor units (fen, cents, yen) and its currency.
/// No binary or decimal fractions are involved anywhere: arithmetic is checked <see cref="long"/> arithmetic,
/// and the major-unit text form ("12.34") is produced and parsed digit by digit.
/// </summary>
[GenerateSerializer, Immutable, Alias("FacePay.Money")]
public readonly record struct Money : IComparable<Money>
{
    /// <summary>Creates an amount from minor units.</summary>
    /// <exception cref="ArgumentException">The currency is <c>default</c>.</exception>
    public Money(long minorUnits, Currency currency)
    {
        if (!currency.IsKnown)
        {
            throw new ArgumentException("Money needs a known currency.", nameof(currency));
        }

        MinorUnits = minorUnits;
        Currency = currency;
    }

    /// <summary>The amount in the currency's smallest unit (1234 CNY minor units = 12.34 yuan).</summary>
    [Id(0)]
    public long MinorUnits { get; }

    /// <summary>The currency.</summary>
    [Id(1)]
    public Currency Currency { get; }

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => MinorUnits == 0;

    /// <summary>Whether the amount is greater than zero.</summary>
    public bool IsPositive => MinorUnits > 0;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => MinorUnits < 0;

    /// <summary>Creates an amount from minor units and an ISO code.</summary>
    /// <exception cref="ArgumentException">The code is not a supported currency.</exception>
    public static Money Of(long minorUnits, string currencyCode) => new(minorUnits, Currency.FromCode(currencyCode));

    /// <summary>Zero in the given currency.</summary>
    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public Money Add(Money other)
    {
        RequireSameCurrency(other);
        return new Money(checked(MinorUnits + other.MinorUnits), Currency);
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference does not fit in a <see cref="long"/>.</exception>
    public Money Subtract(Money other)
    {
        RequireSameCurrency(other);
        return new Money(checked(MinorUnits - other.MinorUnits), Currency);
    }

    /// <summary>The amount with the opposite sign.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="long.MinValue"/>.</exception>
    public Money Negate() => new(checked(-MinorUnits), Currency);

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        RequireSameCurrency(other);
        return MinorUnits.CompareTo(other.MinorUnits);
    }

    /// <summary>Formats the amount in major units with exactly the currency's number of decimals, invariant
    /// culture, no grouping: 1234 CNY → <c>12.34</c>, -5 CNY → <c>-0.05</c>, 1234 JPY → <c>1234</c>.</summary>
    public string ToMajorUnitString()
    {
        var exponent = Currency.MinorUnitExponent;
        // The magnitude as ulong so that long.MinValue has a representable absolute value.
        var magnitude = MinorUnits < 0 ? (ulong)(-(MinorUnits + 1)) + 1 : (ulong)MinorUnits;
        var sign = MinorUnits < 0 ? "-" : string.Empty;
        if (exponent == 0)
        {
            return sign + magnitude.ToString(CultureInfo.InvariantCulture);
        }

        var scale = PowerOfTen(exponent);
        var whole = (magnitude / scale).ToString(CultureInfo.InvariantCulture);
        var fraction = (magnitude % scale).ToString(CultureInfo.InvariantCulture).PadLeft(exponent, '0');
        return $"{sign}{whole}.{fraction}";
    }

    /// <summary>Parses a major-unit string such as <c>12.34</c> exactly.</summary>
    /// <exception cref="FormatException">The text is not a plain decimal with at most the currency's number of
    /// decimals, or it does not fit in a <see cref="long"/> of minor units.</exception>
    public static Money ParseMajorUnits(string text, Currency currency) =>
        TryParseMajorUnits(text, currency, out var money)
            ? money
            : throw new FormatException($"'{text}' is not an exact {currency} amount.");

    /// <summary>
    /// Parses a major-unit string exactly. Accepted: an optional leading <c>-</c>, one or more ASCII digits, and
    /// for currencies with minor units optionally a <c>.</c> followed by one to exponent digits ("12", "12.3",
    /// "12.34" for CNY). Rejected: signs other than '-', white space, grouping, exponents, more decimals than the
    /// currency has (even zeros), and values outside the <see cref="long"/> range of minor units.
    /// </summary>
    public static bool TryParseMajorUnits([NotNullWhen(true)] string? text, Currency currency, out Money money)
    {
        money = default;
        if (string.IsNullOrEmpty(text) || !currency.IsKnown)
        {
            return false;
        }

        var exponent = currency.MinorUnitExponent;
        var span = text.AsSpan();
        var negative = span[0] == '-';
        if (negative)
        {
            span = span[1..];
        }

        var dot = span.IndexOf('.');
        var wholeDigits = dot < 0 ? span : span[..dot];
        var fractionDigits = dot < 0 ? ReadOnlySpan<char>.Empty : span[(dot + 1)..];
        if (wholeDigits.IsEmpty || (dot >= 0 && (fractionDigits.IsEmpty || fractionDigits.Length > exponent)))
        {
            return false;
        }

        // Accumulate the magnitude in minor units; UInt128 cannot overflow for any string that could fit a long.
        UInt128 magnitude = 0;
        foreach (var c in wholeDigits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            magnitude = (magnitude * 10) + (uint)(c - '0');
            if (magnitude > long.MaxValue + (UInt128)1)
            {
                return false;
            }
        }

        for (var i = 0; i < exponent; i++)
        {
            var digit = 0u;
            if (i < fractionDigits.Length)
            {
                var c = fractionDigits[i];
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                digit = (uint)(c - '0');
            }

            magnitude = (magnitude * 10) + digit;
            if (magnitude > long.MaxValue + (UInt128)1)
            {
                return false;
            }
        }

        if (!negative && magnitude > long.MaxValue)
        {
            return false;
        }

        var minorUnits = !negative ? (long)magnitude
            : magnitude == long.MaxValue + (UInt128)1 ? long.MinValue
            : -(long)magnitude;
        money = new Money(minorUnits, currency);
        return true;
    }

    /// <summary>Human-readable form, e.g. <c>12.34 CNY</c>. Not a wire format: use
    /// <see cref="MinorUnits"/> and <see cref="Currency"/>, or <see cref="ToMajorUnitString"/>.</summary>
    public override string ToString() => Currency.IsKnown ? $"{ToMajorUnitString()} {Currency.Code}" : "(no money)";

    /// <summary>Adds two amounts of the same currency.</summary>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Negates an amount.</summary>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Compares amounts of the same currency.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares amounts of the same currency.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares amounts of the same currency.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares amounts of the same currency.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private void RequireSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new InvalidOperationException(
                $"Cannot combine {Currency.Code} with {other.Currency.Code}: amounts of different currencies.");
        }
    }

    private static ulong PowerOfTen(int exponent)
    {
        ulong result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
