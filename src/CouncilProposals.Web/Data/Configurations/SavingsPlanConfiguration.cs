using CouncilProposals.Domain.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

/// <summary>A cycle's savings plan (one row a cycle, with the weights) and its yearly targets.</summary>
public sealed class SavingsPlanConfiguration : IEntityTypeConfiguration<SavingsPlan>
{
    public void Configure(EntityTypeBuilder<SavingsPlan> builder)
    {
        builder.ToTable("SavingsPlans");
        builder.HasKey(p => p.Id);
        builder.HasOne<MtfsCycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.CycleId).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Weights);
        builder.OwnsMany(p => p.Targets, target =>
        {
            target.ToTable("SavingsTargets");
            target.WithOwner().HasForeignKey(t => t.SavingsPlanId);
            target.HasKey(t => t.Id);
            target.HasIndex(t => new { t.SavingsPlanId, t.Year }).IsUnique();
        });
        builder.Navigation(p => p.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The staffing reductions' table read without the value objects; never migrated.</summary>
public sealed class FteFigureConfiguration : IEntityTypeConfiguration<FteFigure>
{
    public void Configure(EntityTypeBuilder<FteFigure> builder)
    {
        builder.HasNoKey();
        builder.ToView("FteReductions");
        builder.Property(f => f.Reduction).HasPrecision(7, 2);
    }
}
