using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> b)
    {
        b.ToTable("feed_items");
        b.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId);
        b.HasIndex(i => new { i.SourceId, i.DedupeKey }).IsUnique();
        b.HasIndex(i => new { i.CommuneId, i.Relevant, i.Composed });
        b.HasIndex(i => new { i.CommuneId, i.Fingerprint });
        b.Property(i => i.DedupeKey).HasMaxLength(512);
    }
}
