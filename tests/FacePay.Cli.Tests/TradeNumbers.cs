namespace FacePay.Cli.Tests;

/// <summary>Fresh out_trade_no values, so tests sharing a sandbox never touch each other's trades.</summary>
internal static class TradeNumbers
{
    public static string New() => "CLI" + Guid.NewGuid().ToString("N")[..24];
}
