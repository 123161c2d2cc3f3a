using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CouncilProposals.Web.Data.Configurations;

/// <summary>The savings lines' table read without the value objects, so SUM needs no conversion; never migrated.</summary>
public sealed class SavingsFigureConfiguration : IEntityTypeConfiguration<SavingsFigure>
{
    public void Configure(EntityTypeBuilder<SavingsFigure> builder)
    {
        builder.HasNoKey();
        builder.ToView("SavingsLines");
    }
}
