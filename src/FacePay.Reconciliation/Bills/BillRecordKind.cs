namespace FacePay.Reconciliation.Bills;

/// <summary>What one line of a channel's trade bill records.</summary>
public enum BillRecordKind
{
    /// <summary>Money taken from the payer (Alipay 业务类型 交易; WeChat 交易状态 SUCCESS).</summary>
    Payment = 1,

    /// <summary>A refund the merchant asked for, by its refund number (Alipay 退款; WeChat REFUND).</summary>
    Refund = 2,

    /// <summary>A cancel/reverse of a paid trade (WeChat REVOKED; Alipay 退款 whose request number is the trade's own).</summary>
    Reversal = 3,
}
