namespace CouncilProposals.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the app starts (Development); production uses the migrate command.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Load the demo proposals and demo accounts (Development only).</summary>
    public bool SeedDemoData { get; set; }
}
