using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace FacePay.Domain;

/// <summary>
/// An ISO 4217 currency known to FacePay, with the number of minor-unit digits it uses (its exponent).
/// Only codes in the built-in table can be constructed, so every <see cref="Money"/> knows how to format itself.
/// </summary>
/// <remarks>
/// The value is the three-letter code alone; the exponent is looked up from the table, so a stored or transmitted
/// currency can never carry an exponent that disagrees with the standard.
/// </remarks>
[GenerateSerializer, Immutable, Alias("FacePay.Currency")]
public readonly record struct Currency
{
    // ISO 4217 minor-unit exponents. The table is a frozen (immutable) lookup, not mutable shared state.
    private static readonly FrozenDictionary<string, int> Exponents =
        WithExponent(0, "JPY KRW VND CLP ISK PYG UGX XAF XOF")
        .Concat(WithExponent(2, "CNY HKD MOP TWD USD EUR GBP CHF CAD AUD NZD SGD MYR THB PHP IDR INR PKR LKR NPR BDT"))
        .Concat(WithExponent(2, "MNT KZT KHR LAK MMK AED SAR QAR ILS TRY EGP ZAR NGN KES RUB PLN CZK HUF SEK NOK DKK"))
        .Concat(WithExponent(2, "BRL MXN ARS COP PEN"))
        .Concat(WithExponent(3, "BHD KWD OMR JOD TND IQD LYD"))
        .ToFrozenDictionary(StringComparer.Ordinal);

    private Currency(string code) => Code = code;

    /// <summary>The three-letter upper-case ISO 4217 code, e.g. <c>CNY</c>.</summary>
    [Id(0)]
    public string Code { get; }

    /// <summary>How many digits follow the decimal point in the major-unit form (CNY 2, JPY 0, KWD 3).</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default</c> and names no currency.</exception>
    public int MinorUnitExponent => Code is not null && Exponents.TryGetValue(Code, out var exponent)
        ? exponent
        : throw new InvalidOperationException("The currency is uninitialised (default) and has no exponent.");

    /// <summary>Whether this value names a known currency (false for <c>default</c>).</summary>
    public bool IsKnown => Code is not null && Exponents.ContainsKey(Code);

    /// <summary>Chinese yuan renminbi.</summary>
    public static Currency Cny { get; } = new("CNY");

    /// <summary>Hong Kong dollar.</summary>
    public static Currency Hkd { get; } = new("HKD");

    /// <summary>US dollar.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Japanese yen (no minor unit).</summary>
    public static Currency Jpy { get; } = new("JPY");

    /// <summary>Korean won (no minor unit).</summary>
    public static Currency Krw { get; } = new("KRW");

    /// <summary>Kuwaiti dinar (three minor-unit digits).</summary>
    public static Currency Kwd { get; } = new("KWD");

    /// <summary>Every code in the table, for validation messages and generators.</summary>
    public static IReadOnlyCollection<string> KnownCodes => Exponents.Keys;

    /// <summary>Looks a currency up by its exact upper-case ISO 4217 code.</summary>
    /// <exception cref="ArgumentException">The code is not in the table (codes are case-sensitive).</exception>
    public static Currency FromCode(string code) =>
        TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a supported ISO 4217 currency code.", nameof(code));

    /// <summary>Looks a currency up by its exact upper-case ISO 4217 code without throwing.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is not null && Exponents.ContainsKey(code))
        {
            currency = new Currency(code);
            return true;
        }

        currency = default;
        return false;
    }

    /// <summary>The ISO code.</summary>
    public override string ToString() => Code ?? string.Empty;

    private static IEnumerable<KeyValuePair<string, int>> WithExponent(int exponent, string codes) =>
        codes.Split(' ').Select(code => KeyValuePair.Create(code, exponent));
}
