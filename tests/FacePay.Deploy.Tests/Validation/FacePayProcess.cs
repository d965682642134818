namespace FacePay.Deploy.Tests.Validation;

/// <summary>The programs our images run; each reads its own configuration sections.</summary>
internal enum FacePayProcess
{
    Silo,
    MerchantApi,
    Sandbox,
    Schema,
}
