using System.Globalization;
using FacePay.Domain;

namespace FacePay.Cli.Output;

/// <summary>Amounts for people: minor units first (what every option takes), the major-unit reading beside them.</summary>
internal static class MoneyText
{
    /// <summary><c>1234 CNY (12.34)</c>; <c>500 JPY</c> for a currency without minor units.</summary>
    public static string Format(Money money)
    {
        var minor = money.MinorUnits.ToString(CultureInfo.InvariantCulture);
        return money.Currency.MinorUnitExponent == 0
            ? $"{minor} {money.Currency.Code}"
            : $"{minor} {money.Currency.Code} ({money.ToMajorUnitString()})";
    }
}
