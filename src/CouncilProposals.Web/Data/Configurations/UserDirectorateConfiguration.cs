using CouncilProposals.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class UserDirectorateConfiguration : IEntityTypeConfiguration<UserDirectorate>
{
    public void Configure(EntityTypeBuilder<UserDirectorate> builder)
    {
        builder.ToTable("UserDirectorates");
        builder.HasKey(u => new { u.UserId, u.DirectorateId });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Directorate>().WithMany().HasForeignKey(u => u.DirectorateId).OnDelete(DeleteBehavior.Restrict);
    }
}
