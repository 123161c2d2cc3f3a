using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class CabinetPackConfiguration : IEntityTypeConfiguration<CabinetPack>
{
    public void Configure(EntityTypeBuilder<CabinetPack> builder)
    {
        builder.ToTable("CabinetPacks");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Title).HasMaxLength(CabinetPack.TitleMaxLength).IsRequired();
        builder.Property(p => p.MeetingName).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Classification).HasMaxLength(60).IsRequired();
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.HasOne<MtfsCycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(p => p.FrontSheet, sheet =>
        {
            sheet.Property(f => f.ReportOf).HasColumnName("ReportOf").HasMaxLength(300);
            sheet.Property(f => f.LeadMember).HasColumnName("LeadMember").HasMaxLength(300);
            sheet.Property(f => f.OriginatingOfficers).HasColumnName("OriginatingOfficers").HasMaxLength(500);
            sheet.Property(f => f.WardsAffected).HasColumnName("WardsAffected").HasMaxLength(300);
            sheet.Property(f => f.KeyDecision).HasColumnName("KeyDecision");
            sheet.Property(f => f.CommunityPlanTheme).HasColumnName("CommunityPlanTheme").HasMaxLength(300);
            sheet.Ignore(f => f.IsEmpty);
        });

        builder.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.CabinetPackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.CoveringReport).WithOne().HasForeignKey(s => s.CabinetPackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.CoveringReport).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CabinetPackItemConfiguration : IEntityTypeConfiguration<CabinetPackItem>
{
    public void Configure(EntityTypeBuilder<CabinetPackItem> builder)
    {
        builder.ToTable("CabinetPackItems");
        builder.HasKey(i => new { i.CabinetPackId, i.ProposalId });
        builder.HasOne<Proposal>().WithMany().HasForeignKey(i => i.ProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CoveringReportSectionConfiguration : IEntityTypeConfiguration<CoveringReportSection>
{
    public void Configure(EntityTypeBuilder<CoveringReportSection> builder)
    {
        builder.ToTable("CoveringReportSections");
        builder.HasKey(s => new { s.CabinetPackId, s.Part });
        builder.Property(s => s.Part).HasConversion<string>().HasMaxLength(60);
        builder.Property(s => s.Text).HasMaxLength(CoveringReportSection.MaxLength).IsRequired();
        builder.Property(s => s.ExemptParagraph).HasConversion(new ValueConverter<ExemptionParagraph, int>(p => p.Number, n => ExemptionParagraph.From(n)));
        builder.Property(s => s.ExemptReason).HasMaxLength(ExemptionParagraph.ReasonMaxLength);
    }
}
