using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class KeptDraftConfiguration : IEntityTypeConfiguration<KeptDraft>
{
    public void Configure(EntityTypeBuilder<KeptDraft> builder)
    {
        builder.ToTable("KeptDrafts");
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(64);
        builder.Property(d => d.Path).HasMaxLength(200);
        builder.HasIndex(d => d.ExpiresAt);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
