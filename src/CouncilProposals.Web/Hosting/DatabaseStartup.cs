using CouncilProposals.Web.Data;
using CouncilProposals.Web.Features.Administration;
using CouncilProposals.Web.Hosting.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>In Development: migrate, then load the lists and the demo data. Elsewhere: load the lists only.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStartup)
        {
            await services.MigrateDatabaseAsync(options.SeedDemoData && services.GetRequiredService<IWebHostEnvironment>().IsDevelopment());
        }
    }

    /// <summary>Applies pending migrations and loads the council's starting lists into an empty database.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, bool seedDemoData)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.MigrateAsync();
            await ReferenceData.SeedAsync(db);
        }

        if (seedDemoData)
        {
            await services.SeedDemoDataAsync();
        }
    }

    /// <summary>
    /// Loads the demo proposals, pack and accounts (which all share a published password). Start-up calls this
    /// only in Development (<see cref="DemoDataGuard"/>); the integration tests call it themselves.
    /// </summary>
    public static async Task SeedDemoDataAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DemoData.SeedAsync(db);
        await DemoPack.SeedAsync(db);
        await DemoUsers.SeedAsync(scope.ServiceProvider.GetRequiredService<UserAccounts>(), db);
    }
}

/// <summary>Demo data and demo accounts are refused anywhere but Development: a staging server is not a playground.</summary>
public static class DemoDataGuard
{
    public static void Check(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment() && configuration.GetValue<bool>("Database:SeedDemoData"))
        {
            throw new InvalidOperationException(
                $"Database:SeedDemoData is true in the {environment.EnvironmentName} environment. Demo data and demo accounts " +
                "(with the password published in the README) are allowed only in Development: set Database:SeedDemoData to false.");
        }
    }
}
