namespace FacePay.Sandbox.Trades;

/// <summary>
/// Which payer codes the sandbox accepts. Alipay: a face token (<c>fp…</c>), a 16–24 digit payment code starting
/// 25–30, or an agreement number (<c>agreement:</c> prefix internally). WeChat: an 18-digit payment code starting
/// 10–15 or any face code of letters, digits, <c>-</c> and <c>_</c>. A code starting with <c>invalid</c> is always
/// refused so tests can ask for the "auth code invalid" answer.
/// </summary>
internal static class PayerCodes
{
    public const string AgreementPrefix = "agreement:";

    public static bool IsValid(SandboxChannel channel, string code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 128 || code.StartsWith("invalid", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (code.StartsWith(AgreementPrefix, StringComparison.Ordinal))
        {
            return code.Length > AgreementPrefix.Length;
        }

        if (channel == SandboxChannel.Alipay)
        {
            return (code.StartsWith("fp", StringComparison.Ordinal) && code.Length > 2 && code.All(char.IsAsciiLetterOrDigit))
                || (code.Length is >= 16 and <= 24 && code.All(char.IsAsciiDigit) && code[0..2] is "25" or "26" or "27" or "28" or "29" or "30");
        }

        return (code.Length == 18 && code.All(char.IsAsciiDigit) && code[0..2] is "10" or "11" or "12" or "13" or "14" or "15")
            || code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }
}
