using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.Property(p => p.Reference).HasMaxLength(40).IsRequired();
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => new { p.CycleId, p.DirectorateId, p.ReferenceNumber }).IsUnique();
        builder.HasIndex(p => p.Status);

        // For the lists' filters and sorts within a cycle; the unique index above serves cycle + directorate.
        builder.HasIndex(p => new { p.CycleId, p.Status });
        builder.HasIndex(p => new { p.CycleId, p.UpdatedAt });
        builder.HasIndex(p => new { p.CycleId, p.SavingsTypeId });

        builder.Property(p => p.Title).HasMaxLength(Proposal.TitleMaxLength).IsRequired();
        builder.Property(p => p.DirectorateService).HasMaxLength(Proposal.ShortTextMaxLength);
        builder.Property(p => p.LeadOfficerAndPost).HasMaxLength(Proposal.ShortTextMaxLength);
        builder.Property(p => p.LeadMemberAndPortfolio).HasMaxLength(Proposal.ShortTextMaxLength);
        builder.Property(p => p.Summary).HasMaxLength(Proposal.LongTextMaxLength);
        builder.Property(p => p.ResourcesAndImplementation).HasMaxLength(Proposal.LongTextMaxLength);
        foreach (var answer in new[]
                 {
                     nameof(Proposal.OtherServicesSupport), nameof(Proposal.PrecedentForWithdrawal), nameof(Proposal.CommunityAdaptation),
                     nameof(Proposal.BestPractice), nameof(Proposal.VoluntarySectorCapacity), nameof(Proposal.ScreeningSummary),
                     nameof(Proposal.NoFullEqualityAnalysisReason), nameof(Proposal.AdditionalInformation), nameof(Proposal.ReturnReason),
                 })
        {
            builder.Property(answer).HasMaxLength(Proposal.AnswerMaxLength);
        }

        // Exempt information (Schedule 12A): the paragraph as its number, with the reason.
        builder.Property(p => p.ExemptParagraph).HasConversion(new ValueConverter<ExemptionParagraph, int>(p => p.Number, n => ExemptionParagraph.From(n)));
        builder.Property(p => p.ExemptReason).HasMaxLength(Proposal.ExemptReasonMaxLength);

        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.LastEditedBy).HasMaxLength(256).IsRequired();

        builder.HasOne(p => p.Cycle).WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Directorate).WithMany().HasForeignKey(p => p.DirectorateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SavingsType>().WithMany().HasForeignKey(p => p.SavingsTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceArea>().WithMany().HasForeignKey(p => p.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StrategicPriorityOutcome>().WithMany().HasForeignKey(p => p.StrategicPriorityOutcomeId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.SavingsLines).WithOne().HasForeignKey(l => l.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FteReductions).WithOne().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Risks).WithOne().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.ScreeningAnswers).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.SavingsLines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.FteReductions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Risks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.ScreeningAnswers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(p => p.Contributors, contributor =>
        {
            contributor.ToTable("ProposalContributors");
            contributor.WithOwner().HasForeignKey(c => c.ProposalId);
            contributor.HasKey(c => new { c.ProposalId, c.UserName });
            contributor.Property(c => c.UserName).HasMaxLength(256);
        });
        builder.Navigation(p => p.Contributors).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(p => p.CabinetDecision, decision =>
        {
            decision.Property(d => d.Outcome).HasColumnName("CabinetOutcome").HasConversion<string>().HasMaxLength(30);
            decision.Property(d => d.Reason).HasColumnName("CabinetReason").HasMaxLength(Proposal.AnswerMaxLength);
            decision.Property(d => d.Changes).HasColumnName("CabinetChanges").HasMaxLength(Proposal.AnswerMaxLength);
            decision.Property(d => d.DecisionMaker).HasColumnName("CabinetDecisionMaker").HasMaxLength(CabinetDecision.NameMaxLength);
            decision.Property(d => d.DecisionMakerRole).HasColumnName("CabinetDecisionMakerRole").HasMaxLength(CabinetDecision.NameMaxLength);
            decision.Property(d => d.DecisionDate).HasColumnName("CabinetDecisionDate");
            decision.Property(d => d.LodgedAt).HasColumnName("CabinetDecisionLodgedAt");
            decision.Property(d => d.PackId).HasColumnName("CabinetDecisionPackId");

            // A pack that decisions were recorded from is the record of the meeting: the database refuses to delete it too.
            decision.HasOne<CabinetPack>().WithMany().HasForeignKey(d => d.PackId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Ignore(p => p.TotalSavings);
        builder.Ignore(p => p.TotalFteReductions);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.IsDraftDocument);
        builder.Ignore(p => p.IsExempt);
        builder.Ignore(p => p.ScreeningNeedsJustification);
    }
}

public sealed class SavingsLineConfiguration : IEntityTypeConfiguration<SavingsLine>
{
    public void Configure(EntityTypeBuilder<SavingsLine> builder)
    {
        builder.ToTable("SavingsLines");
        builder.HasKey(l => l.Id);

        // Covers the totals: a proposal's lines by year, with the amount, without touching the table.
        builder.HasIndex(l => new { l.ProposalId, l.Year, l.Amount });
        builder.Property(l => l.Description).HasMaxLength(Proposal.ShortTextMaxLength);
    }
}

public sealed class FteReductionConfiguration : IEntityTypeConfiguration<FteReduction>
{
    public void Configure(EntityTypeBuilder<FteReduction> builder)
    {
        builder.ToTable("FteReductions");
        builder.HasKey(r => r.Id);
    }
}

public sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("Risks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Description).HasMaxLength(Risk.MaxLength).IsRequired();
        builder.Property(r => r.Mitigation).HasMaxLength(Risk.MaxLength).IsRequired();
    }
}

public sealed class ScreeningAnswerConfiguration : IEntityTypeConfiguration<ScreeningAnswer>
{
    public void Configure(EntityTypeBuilder<ScreeningAnswer> builder)
    {
        builder.ToTable("ScreeningAnswers");
        builder.HasKey(a => new { a.ProposalId, a.Trigger });
        builder.Property(a => a.Impact).HasMaxLength(Proposal.AnswerMaxLength);
    }
}

public sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("ReferenceCounters");
        builder.HasKey(c => new { c.CycleId, c.DirectorateId });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Domain.Cycles.MtfsCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Directorate>().WithMany().HasForeignKey(c => c.DirectorateId).OnDelete(DeleteBehavior.Restrict);
    }
}
