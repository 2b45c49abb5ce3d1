using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Connectors.Feeds;
using Syndicator.Connectors.Fetching;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Ingestion;

/// <summary>
/// Fetches the sources that are due, one at a time, and stores their new entries. A failing source is marked
/// unhealthy with a readable reason and backs off; it never stops the others.
/// </summary>
public sealed partial class SourcePoller(
    SyndicatorDbContext db,
    IFeedFetcher fetcher,
    ItemStore store,
    TimeProvider clock,
    IOptions<SyndicatorOptions> options,
    ILogger<SourcePoller> log)
{
    private IngestionOptions Settings => options.Value.Ingestion;

    public async Task<int> PollDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Sources
            .Where(s => s.Enabled && !s.Parked && s.NextCheckAt <= now)
            .OrderBy(s => s.NextCheckAt)
            .Take(Settings.SourcesPerRun)
            .ToListAsync(cancellationToken);
        var stored = 0;
        foreach (var source in due) stored += await PollOneAsync(source, cancellationToken);
        return stored;
    }

    public async Task<int> PollOneAsync(Source source, CancellationToken cancellationToken)
    {
        int stored;
        try
        {
            stored = await FetchAndStoreAsync(source, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscardNewItems();
            Fail(source, ex is FeedParseException ? $"Not a readable feed: {ex.Message}" : $"Unexpected error: {ex.Message}", null, permanent: false);
            stored = 0;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored the same items at the same moment; the unique key kept one copy. Try again next time.
            DiscardNewItems();
            await db.SaveChangesAsync(cancellationToken);
            stored = 0;
        }
        return stored;
    }

    private async Task<int> FetchAndStoreAsync(Source source, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(source.Url), source.ETag, source.LastModified), cancellationToken);
        switch (result)
        {
            case FetchResult.NotModified notModified:
                source.RecordSuccess(now, RefreshBounds.AfterSuccess(source.PollInterval, notModified.FreshFor, null));
                return 0;
            case FetchResult.Failed failed:
                Fail(source, failed.Reason, RefreshBounds.RetryAfter(failed.RetryAfter), failed.Permanent);
                return 0;
            case FetchResult.Fetched fetched:
                var feed = FeedParser.Parse(fetched.Body, fetched.ContentType, fetched.FinalUrl, SourceParseOptions.For(source, now));
                var stored = await store.StoreAsync(source, feed.Entries, now, cancellationToken);
                source.ETag = fetched.ETag;
                source.LastModified = fetched.LastModified;
                source.RecordSuccess(now, RefreshBounds.AfterSuccess(source.PollInterval, fetched.FreshFor, feed.TimeToLive));
                LogFetched(source.Id, feed.Entries.Count, stored, store.Updated);
                return stored;
            default:
                throw new InvalidOperationException($"Unknown fetch result {result.GetType().Name}.");
        }
    }

    private void DiscardNewItems()
    {
        foreach (var entry in db.ChangeTracker.Entries<FeedItem>().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
    }

    private void Fail(Source source, string reason, TimeSpan? retryAfter, bool permanent)
    {
        // A permanent failure (404, 410, forbidden file) parks the source sooner: retrying will not fix it.
        var parkAfter = permanent ? Math.Min(3, Settings.ParkAfterFailures) : Settings.ParkAfterFailures;
        source.RecordFailure(clock.GetUtcNow(), reason, retryAfter, parkAfter);
        LogFailed(source.Id, source.ConsecutiveFailures, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId}: {Entries} entries read, {Stored} new, {Updated} edited")]
    private partial void LogFetched(Guid sourceId, int entries, int stored, int updated);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} failed ({Failures} in a row): {Reason}")]
    private partial void LogFailed(Guid sourceId, int failures, string reason);
}
