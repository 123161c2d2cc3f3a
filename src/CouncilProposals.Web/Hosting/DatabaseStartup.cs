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
            await services.MigrateDatabaseAsync(options.SeedDemoData);
        }
    }

    /// <summary>Applies pending migrations and loads the council's starting lists into an empty database.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, bool seedDemoData)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await ReferenceData.SeedAsync(db);
        if (seedDemoData)
        {
            await DemoData.SeedAsync(db);
            await DemoPack.SeedAsync(db);
            await DemoUsers.SeedAsync(scope.ServiceProvider.GetRequiredService<UserAccounts>(), db);
        }
    }
}
