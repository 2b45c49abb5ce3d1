using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage.Configuration;

internal sealed class PostItemConfiguration : IEntityTypeConfiguration<PostItem>
{
    public void Configure(EntityTypeBuilder<PostItem> b)
    {
        b.ToTable("post_items");
        b.HasKey(i => new { i.PostId, i.FeedItemId });
        b.HasOne<Post>().WithMany().HasForeignKey(i => i.PostId);
        b.HasOne<FeedItem>().WithMany().HasForeignKey(i => i.FeedItemId);
    }
}

internal sealed class ThemeCadenceConfiguration : IEntityTypeConfiguration<ThemeCadence>
{
    public void Configure(EntityTypeBuilder<ThemeCadence> b)
    {
        b.ToTable("theme_cadences");
        b.HasOne<Commune>().WithMany().HasForeignKey(c => c.CommuneId);
        b.HasIndex(c => new { c.CommuneId, c.ThemeKey, c.Mode }).IsUnique();
        b.HasIndex(c => c.NextRunAt);
    }
}

internal sealed class ChannelTemplateConfiguration : IEntityTypeConfiguration<ChannelTemplate>
{
    public void Configure(EntityTypeBuilder<ChannelTemplate> b)
    {
        b.ToTable("channel_templates");
        b.HasIndex(t => new { t.CommuneId, t.Key }).IsUnique();
        b.Property(t => t.Key).HasMaxLength(64);
    }
}

internal sealed class RelevanceRuleConfiguration : IEntityTypeConfiguration<RelevanceRule>
{
    public void Configure(EntityTypeBuilder<RelevanceRule> b)
    {
        b.ToTable("relevance_rules");
        b.HasIndex(r => new { r.CommuneId, r.SourceId, r.Order });
        b.Property(r => r.Action).HasMaxLength(16);
        b.Property(r => r.Match).HasMaxLength(16);
    }
}

internal sealed class WebhookCursorConfiguration : IEntityTypeConfiguration<WebhookCursor>
{
    public void Configure(EntityTypeBuilder<WebhookCursor> b)
    {
        b.ToTable("webhook_cursors");
        b.HasKey(c => c.Name);
        b.Property(c => c.Name).HasMaxLength(128);
    }
}
