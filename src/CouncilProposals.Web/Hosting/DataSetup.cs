using CouncilProposals.Web.Data;
using CouncilProposals.Web.Data.Auditing;
using CouncilProposals.Web.Data.Notifications;
using CouncilProposals.Web.Data.Versions;
using Microsoft.EntityFrameworkCore;

namespace CouncilProposals.Web.Hosting;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the DbContext for the configured provider, with the audit, version and notification interceptors.</summary>
    public static IServiceCollection AddCouncilData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<VersionInterceptor>();

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionSetup.ResolveConnectionString(
                    configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/council-proposals.db", contentRoot);
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((provider, db) => db
                    .UseSqlite(sqlite, sql => sql.MigrationsHistoryTable("__EFMigrationsHistory"))
                    .AddInterceptors(new SqliteConnectionSetup(), provider.GetRequiredService<AuditingInterceptor>(), provider.GetRequiredService<VersionInterceptor>(), provider.GetRequiredService<NotificationInterceptor>()));
                services.AddScoped<IProposalSearch, SqliteProposalSearch>();
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = configuration.GetConnectionString("SqlServer")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((provider, db) => db
                    .UseSqlServer(sqlServer, sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(provider.GetRequiredService<AuditingInterceptor>(), provider.GetRequiredService<VersionInterceptor>(), provider.GetRequiredService<NotificationInterceptor>()));
                services.AddSingleton<IProposalSearch, SqlServerProposalSearch>();
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or SqlServer.");
        }

        return services;
    }
}
