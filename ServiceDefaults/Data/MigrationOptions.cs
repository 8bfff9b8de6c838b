namespace CpPlatform.ServiceDefaults.Data;

/// <summary>Start-up migration settings (configuration section <c>Database</c>).</summary>
public sealed class MigrationOptions
{
    public const string Section = "Database";

    /// <summary>How long start-up waits for PostgreSQL to answer before giving up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
