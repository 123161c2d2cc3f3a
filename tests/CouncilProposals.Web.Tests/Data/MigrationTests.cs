using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CouncilProposals.Web.Tests.Data;

/// <summary>Both providers' migrations match the model and script cleanly; no SQL Server is needed for that.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_HasNoPendingModelChanges()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run 'dotnet ef migrations add' for SqliteAppDbContext.");
    }

    [Fact]
    public void SqlServer_HasNoPendingModelChanges()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Run 'dotnet ef migrations add' for SqlServerAppDbContext.");
    }

    [Fact]
    public void SqlServer_MigrationsScriptWithoutAConnection()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Proposals]", script, StringComparison.Ordinal);
        Assert.Contains("[Version] uniqueidentifier NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("decimal(10,1)", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_MigrationsScript()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE TABLE \"Proposals\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_Proposals_Reference\"", script, StringComparison.Ordinal);
    }
}
