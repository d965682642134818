namespace FacePay.Channels.Alipay;

/// <summary>A verified Alipay gateway response node.</summary>
/// <param name="NodeName">The node that was found: the method's <c>*_response</c> or <c>error_response</c>.</param>
/// <param name="RawJson">The node's exact raw JSON text, as signed.</param>
/// <param name="Code">The gateway result code (<c>10000</c>, <c>40004</c>, …).</param>
/// <param name="Message">The <c>msg</c> field.</param>
/// <param name="SubCode">The <c>sub_code</c> field, when present.</param>
/// <param name="SubMessage">The <c>sub_msg</c> field, when present.</param>
public sealed record AlipayResponse(string NodeName, string RawJson, string Code, string? Message, string? SubCode, string? SubMessage)
{
    /// <summary>True when the node is <c>error_response</c>.</summary>
    public bool IsErrorNode => NodeName == AlipayResponseNode.Error;
}
