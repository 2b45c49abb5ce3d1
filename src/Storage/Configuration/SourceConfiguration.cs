using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.ToTable("sources");
        b.HasOne<Commune>().WithMany().HasForeignKey(s => s.CommuneId);
        b.HasIndex(s => new { s.CommuneId, s.Url }).IsUnique();
        b.HasIndex(s => s.NextCheckAt);
        b.Property(s => s.Url).HasMaxLength(2048);
        b.Property(s => s.Kind).HasMaxLength(16).HasDefaultValue(SourceKinds.Feed);
    }
}
