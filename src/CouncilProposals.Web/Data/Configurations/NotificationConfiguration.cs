using CouncilProposals.Web.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.ProposalReference).HasMaxLength(40);
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(m => m.ToName).HasMaxLength(OutboxMessage.AddressMaxLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength);
        builder.Property(m => m.Body).HasMaxLength(OutboxMessage.BodyMaxLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);

        // The sender's question: unsent, not given up, due.
        builder.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.NextAttemptAt });
    }
}

public sealed class EmailOptOutConfiguration : IEntityTypeConfiguration<EmailOptOut>
{
    public void Configure(EntityTypeBuilder<EmailOptOut> builder)
    {
        builder.ToTable("EmailOptOuts");
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
