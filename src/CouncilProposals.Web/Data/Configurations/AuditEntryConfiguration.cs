using CouncilProposals.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string AppendOnlyTrigger = "AuditEntries_AppendOnly";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // Append-only: triggers in the database refuse any update or delete (see the AppendOnlyAudit migration).
        builder.ToTable("AuditEntries", table => table.HasTrigger(AppendOnlyTrigger));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(60).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(60).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(40).IsRequired();
        // Unbounded: reasons may be 5,000 characters, beyond SQL Server's largest bounded nvarchar(4000).
        builder.Property(e => e.Comment);
        builder.HasIndex(e => new { e.ProposalId, e.At });

        // Proposals are never deleted; the link keeps every entry attached to its proposal.
        builder.HasOne<Proposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Restrict);
    }
}
