namespace FacePay.Sandbox.Control;

/// <summary>Body of <c>POST /sandbox/balances</c>: a payer code's balance, or the default balance when the code is empty.</summary>
/// <param name="PayerCode">Auth code, face token or <c>agreement:&lt;no&gt;</c>; empty for the default.</param>
/// <param name="BalanceFen">The balance in fen.</param>
public sealed record PayerBalance(string? PayerCode, long BalanceFen);
