using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> b)
    {
        b.ToTable("deliveries");
        b.HasOne<ChannelAccount>().WithMany().HasForeignKey(d => d.ChannelAccountId);
        b.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId);
        b.HasIndex(d => d.Key).IsUnique();
        b.HasIndex(d => new { d.PostId, d.ChannelAccountId }).IsUnique();
        b.HasIndex(d => new { d.State, d.DueAt });
        b.Property(d => d.State).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.Key).HasMaxLength(128);
    }
}
