using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

public sealed class ListVersionConfiguration : IEntityTypeConfiguration<ListVersion>
{
    public void Configure(EntityTypeBuilder<ListVersion> builder)
    {
        builder.ToTable("ListVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new { Id = ListVersion.RowId, Stamp = Guid.Empty });
    }
}
