namespace FacePay.Sandbox.Alipay;

/// <summary>Small Alipay field formats.</summary>
internal static class AlipayFields
{
    /// <summary>A masked buyer login like Alipay prints (<c>159****5620</c>), derived from the buyer id.</summary>
    public static string MaskedLogonId(string buyerId) =>
        buyerId.Length >= 8 ? $"1{buyerId[4..6]}****{buyerId[^4..]}" : "***";

    /// <summary>
    /// The funding breakdown. Synchronous answers use <c>fund_channel</c>; notifications use the camel-case
    /// <c>fundChannel</c>, as Alipay really does.
    /// </summary>
    public static string FundBillList(string amount, bool notification) => notification
        ? $"[{{\"amount\":\"{amount}\",\"fundChannel\":\"ALIPAYACCOUNT\"}}]"
        : $"[{{\"fund_channel\":\"ALIPAYACCOUNT\",\"amount\":\"{amount}\"}}]";
}
