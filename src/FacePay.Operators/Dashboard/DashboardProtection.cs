namespace FacePay.Operators.Dashboard;

/// <summary>When a silo's Orleans dashboard asks for operator credentials.</summary>
public enum DashboardProtection
{
    /// <summary>Always, except in the Development environment when the silo listens on loopback addresses only.</summary>
    Auto = 0,

    /// <summary>Always.</summary>
    Always = 1,
}
