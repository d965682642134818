namespace FacePay.Domain;

/// <summary>The final answer of the channel about a refund.</summary>
[GenerateSerializer, Alias("FacePay.RefundOutcome")]
public enum RefundOutcome
{
    /// <summary>The money was returned (WeChat SUCCESS, Alipay fund_change = Y / refund query success).</summary>
    Succeeded = 1,

    /// <summary>The refund was refused or closed (WeChat CLOSED/ABNORMAL, Alipay definite failure).</summary>
    Failed = 2,
}
