namespace FacePay.Sandbox.Tests;

public static class Ids
{
    public static string New(string prefix = "T") => prefix + Guid.NewGuid().ToString("N")[..20];
}
