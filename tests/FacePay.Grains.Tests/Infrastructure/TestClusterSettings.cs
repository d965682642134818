namespace FacePay.Grains.Tests.Infrastructure;

/// <summary>
/// Configuration keys the cluster fixture passes to silo and client configurators. TestingHost creates the
/// configurators by type, so values reach them through the cluster's configuration, not through constructors.
/// </summary>
public static class TestClusterSettings
{
    /// <summary>Npgsql connection string of the test PostgreSQL database.</summary>
    public const string PostgresConnectionStringKey = "FacePay:Tests:PostgresConnectionString";

    /// <summary>Shortest reminder period the test silos accept (production keeps Orleans' one minute).</summary>
    public static readonly TimeSpan MinimumReminderPeriod = TimeSpan.FromSeconds(1);
}
