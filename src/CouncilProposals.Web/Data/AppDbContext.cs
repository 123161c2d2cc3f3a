using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using CouncilProposals.Web.Data.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CouncilProposals.Web.Data;

/// <summary>
/// The one DbContext. Each provider has a subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="SqlServerAppDbContext"/>) only so that each keeps its own migrations.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<MtfsCycle> Cycles => Set<MtfsCycle>();

    public DbSet<Directorate> Directorates => Set<Directorate>();

    public DbSet<SavingsType> SavingsTypes => Set<SavingsType>();

    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();

    public DbSet<StrategicPriorityOutcome> StrategicPriorityOutcomes => Set<StrategicPriorityOutcome>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<CabinetPack> CabinetPacks => Set<CabinetPack>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserDirectorate> UserDirectorates => Set<UserDirectorate>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<KeptDraft> KeptDrafts => Set<KeptDraft>();

    public DbSet<ListVersion> ListVersions => Set<ListVersion>();

    public DbSet<SavingsPlan> SavingsPlans => Set<SavingsPlan>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<EmailOptOut> EmailOptOuts => Set<EmailOptOut>();

    public DbSet<ProposalVersion> ProposalVersions => Set<ProposalVersion>();

    /// <summary>Savings lines as stored, for totals the database sums exactly.</summary>
    public IQueryable<SavingsFigure> SavingsFigures => Set<SavingsFigure>().AsNoTracking();

    /// <summary>Staffing reductions as stored, for FTE totals.</summary>
    public IQueryable<FteFigure> FteFigures => Set<FteFigure>().AsNoTracking();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<FinancialYear>().HaveConversion<FinancialYearConverter>();
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<Fte>().HaveConversion<FteConverter>().HavePrecision(7, 2);
        configurationBuilder.Properties<ProposalStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<SavingsKind>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<ScreeningTrigger>().HaveConversion<string>().HaveMaxLength(60);
    }

    private sealed class FinancialYearConverter() : ValueConverter<FinancialYear, int>(year => year.StartYear, value => new FinancialYear(value));

    // Stored as whole hundreds of pounds (tenths of £000) so that SUM in SQL is exact on SQLite too.
    private sealed class MoneyConverter() : ValueConverter<Money, long>(money => money.Hundreds, value => Money.FromHundreds(value));

    private sealed class FteConverter() : ValueConverter<Fte, decimal>(fte => fte.Value, value => Fte.From(value));
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-offset type; stored as a sortable number so lists can order by date.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The search column (see SqlServerProposalSearch): full-text search would need the Full-Text feature,
        // which LocalDB and many containers lack; a persisted column needs nothing but the table.
        builder.Entity<Proposal>().Property<string>(SqlServerProposalSearch.Column)
            .HasMaxLength(250)
            .HasComputedColumnSql("N' ' + LOWER(REPLACE(REPLACE([Title] + N' ' + [Reference], N'-', N' '), N'/', N' '))", stored: true);
        builder.Entity<Proposal>().HasIndex(nameof(Proposal.CycleId), SqlServerProposalSearch.Column);
    }
}
