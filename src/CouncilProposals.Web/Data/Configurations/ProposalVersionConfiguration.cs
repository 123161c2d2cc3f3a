using CouncilProposals.Domain.Proposals;
using CouncilProposals.Domain.Proposals.Versions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class ProposalVersionConfiguration : IEntityTypeConfiguration<ProposalVersion>
{
    public void Configure(EntityTypeBuilder<ProposalVersion> builder)
    {
        builder.ToTable("ProposalVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Event).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.TakenBy).HasMaxLength(256).IsRequired();

        // Unbounded: a proposal's long answers alone may run to tens of thousands of characters.
        builder.Property(v => v.Content).IsRequired();
        builder.HasIndex(v => new { v.ProposalId, v.Number }).IsUnique();

        // Proposals are never deleted; versions stay with their proposal.
        builder.HasOne<Proposal>().WithMany().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}
