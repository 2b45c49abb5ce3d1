using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> b)
    {
        b.ToTable("posts");
        b.HasOne<Commune>().WithMany().HasForeignKey(p => p.CommuneId);
        b.HasMany(p => p.Deliveries).WithOne(d => d.Post).HasForeignKey(d => d.PostId);
        b.HasIndex(p => new { p.CommuneId, p.State });
        // One composed post per feed item: compose is idempotent even with two workers racing.
        b.HasIndex(p => p.FeedItemId).IsUnique();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.CommuneId, p.CampaignKey }).IsUnique();
        b.Property(p => p.Kind).HasMaxLength(16).HasDefaultValue(PostKinds.Story);
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(32);
    }
}
