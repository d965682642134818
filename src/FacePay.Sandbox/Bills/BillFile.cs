namespace FacePay.Sandbox.Bills;

/// <summary>A generated bill file waiting to be downloaded.</summary>
internal sealed record BillFile(byte[] Content, string ContentType, string FileName, bool RequiresWechatPayAuthorization);
