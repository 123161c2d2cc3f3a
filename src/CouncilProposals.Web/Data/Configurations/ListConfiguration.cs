using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class MtfsCycleConfiguration : IEntityTypeConfiguration<MtfsCycle>
{
    public void Configure(EntityTypeBuilder<MtfsCycle> builder)
    {
        builder.ToTable("Cycles");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.SavingsYears);
        builder.Ignore(c => c.FirstSavingsYear);
        builder.Ignore(c => c.LastSavingsYear);
    }
}

public sealed class DirectorateConfiguration : IEntityTypeConfiguration<Directorate>
{
    public void Configure(EntityTypeBuilder<Directorate> builder)
    {
        builder.ToTable("Directorates");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(120).IsRequired();
        builder.Property(d => d.Code).HasMaxLength(6).IsRequired();
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}

public sealed class SavingsTypeConfiguration : IEntityTypeConfiguration<SavingsType>
{
    public void Configure(EntityTypeBuilder<SavingsType> builder) => ListItemMapping.Configure(builder, "SavingsTypes");
}

public sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        ListItemMapping.Configure(builder, "ServiceAreas");
        builder.HasOne<Directorate>().WithMany().HasForeignKey(a => a.DirectorateId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StrategicPriorityOutcomeConfiguration : IEntityTypeConfiguration<StrategicPriorityOutcome>
{
    public void Configure(EntityTypeBuilder<StrategicPriorityOutcome> builder)
    {
        ListItemMapping.Configure(builder, "StrategicPriorityOutcomes");
        builder.HasIndex(o => o.Number).IsUnique();
        builder.Ignore(o => o.DisplayName);
    }
}

internal static class ListItemMapping
{
    public static void Configure<T>(EntityTypeBuilder<T> builder, string table)
        where T : ListItem
    {
        builder.ToTable(table);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Name).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
