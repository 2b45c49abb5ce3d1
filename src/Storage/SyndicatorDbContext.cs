using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage.Entities;

namespace Syndicator.Storage;

/// <summary>The shared model. One sealed subclass per provider carries that provider's migrations.</summary>
public abstract class SyndicatorDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<PublishAttempt> PublishAttempts => Set<PublishAttempt>();
    public DbSet<ChannelAccount> ChannelAccounts => Set<ChannelAccount>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<PostItem> PostItems => Set<PostItem>();
    public DbSet<ThemeCadence> ThemeCadences => Set<ThemeCadence>();
    public DbSet<ChannelTemplate> ChannelTemplates => Set<ChannelTemplate>();
    public DbSet<RelevanceRule> RelevanceRules => Set<RelevanceRule>();
    public DbSet<WebhookCursor> WebhookCursors => Set<WebhookCursor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SyndicatorDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditGuard.RejectChangesToAuditEvents(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditGuard.RejectChangesToAuditEvents(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
