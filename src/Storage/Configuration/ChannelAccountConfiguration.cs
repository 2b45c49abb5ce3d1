using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class ChannelAccountConfiguration : IEntityTypeConfiguration<ChannelAccount>
{
    public void Configure(EntityTypeBuilder<ChannelAccount> b)
    {
        b.ToTable("channel_accounts");
        b.HasOne<Commune>().WithMany().HasForeignKey(a => a.CommuneId);
        b.HasIndex(a => new { a.CommuneId, a.Kind, a.Name }).IsUnique();
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
    }
}
