using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Syndicator.Connectors.Publishing;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Publishes deliveries this node has claimed. Each attempt is recorded with its outcome, and the delivery, the post
/// state and the audit event are saved in one transaction.
/// </summary>
public sealed partial class DeliveryPublisher(
    SyndicatorDbContext db,
    ConnectorRegistry connectors,
    IDeliveryContentFactory content,
    AccountContextFactory accounts,
    Jobs.IJobLocks locks,
    NodeIdentity node,
    TimeProvider clock,
    IOptions<SyndicatorOptions> options,
    ILogger<DeliveryPublisher> log)
{
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Publishing;
        var published = 0;
        while (published < settings.DeliveriesPerRun
            && await DeliveryClaims.ClaimNextAsync(db, node.Name, clock.GetUtcNow(), settings.Lease, cancellationToken) is { } id)
        {
            db.ChangeTracker.Clear();
            await PublishClaimedAsync(id, cancellationToken);
            published++;
        }
        return published;
    }

    private async Task PublishClaimedAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.Include(d => d.Post!).ThenInclude(p => p.Deliveries).SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var post = delivery.Post!;
        var account = await db.ChannelAccounts.SingleAsync(a => a.Id == delivery.ChannelAccountId, cancellationToken);
        var commune = await db.Communes.SingleAsync(c => c.Id == post.CommuneId, cancellationToken);
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Key == post.ThemeKey, cancellationToken);
        await using var accountLock = await LockAccountAsync(account, cancellationToken);
        if (accountLock is null)
        {
            await RequeueAsync(delivery, TimeSpan.FromSeconds(5));
            return;
        }
        var started = clock.GetUtcNow();
        delivery.Attempts++;
        var (rendered, renderError) = Render(post, delivery, account, commune, theme);
        var (outcome, reconciled) = rendered is null
            ? (new PublishOutcome.Failed(FailureKind.Rejected, renderError!), false)
            : await AttemptAsync(delivery, account, rendered, cancellationToken);
        var finished = clock.GetUtcNow();
        var label = OutcomeApplier.Apply(delivery, account, outcome, finished, options.Value.Publishing, Random.Shared);
        if (reconciled) label = "reconciled";
        db.PublishAttempts.Add(new PublishAttempt
        {
            DeliveryId = delivery.Id, Number = delivery.Attempts, Worker = node.Name, StartedAt = started, FinishedAt = finished,
            Outcome = label, Detail = delivery.LastError, ExternalId = delivery.ExternalId, ExternalUrl = delivery.ExternalUrl,
        });
        db.Audit(finished, post.CommuneId, "worker:" + node.Name, "delivery." + label.ToLowerInvariant(), nameof(Delivery), delivery.Id,
            new { channel = delivery.Channel, account = account.Name, attempt = delivery.Attempts, state = delivery.State.ToString(),
                request = rendered is null ? null : new { rendered.Title, rendered.Link, textChars = rendered.Text.Length, htmlChars = rendered.Html.Length, key = delivery.Key }, delivery.ExternalId, delivery.ExternalUrl, error = delivery.LastError, durationMs = (finished - started).TotalMilliseconds });
        // The delivery's outcome, its attempt row and its audit event commit together and never lose to a post-level race.
        await db.SaveChangesAsync(CancellationToken.None);
        await PostStateRefresher.RefreshAsync(db, post.Id, finished, CancellationToken.None);
        LogAttempt(delivery.Id, delivery.Channel, delivery.Attempts, label, delivery.ExternalId);
    }

    /// <summary>A post that cannot be rendered for its channel (unknown kind, broken template) fails with the reason, never silently.</summary>
    private (ChannelContent? Content, string? Error) Render(Post post, Delivery delivery, ChannelAccount account, Commune commune, Theme? theme)
    {
        try
        {
            return (content.Render(post, delivery, account, commune, theme), null);
        }
        catch (Exception ex) when (ex is ArgumentException or Rendering.Templating.TemplateException)
        {
            return (null, $"Could not render the post for this channel: {ex.Message}");
        }
    }

    private async Task<(PublishOutcome Outcome, bool Reconciled)> AttemptAsync(Delivery delivery, ChannelAccount account, ChannelContent rendered, CancellationToken cancellationToken)
    {
        var connector = connectors.Find(delivery.Channel);
        if (connector is null)
            return (new PublishOutcome.Failed(FailureKind.Rejected, $"No connector is installed for channel '{delivery.Channel}'."), false);
        var request = new PublishRequest(delivery.Key, rendered, accounts.Create(account),
            JsonSerializer.Deserialize<Dictionary<string, string>>(delivery.CheckpointJson) ?? [],
            (key, value, ct) => SaveCheckpointAsync(delivery.Id, key, value, ct));
        try
        {
            if (delivery.NeedsReconcile && await connector.ReconcileAsync(request, cancellationToken) is { } found)
                return (found, true);
            return (await connector.PublishAsync(request, cancellationToken), false);
        }
        catch (ReconcileFailedException ex)
        {
            // Not knowing whether the earlier attempt went through is not a licence to publish again.
            return (new PublishOutcome.Failed(FailureKind.Ambiguous, $"Could not check whether the earlier attempt was published: {ex.Message}"), false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A connector bug must not lose the delivery: it is treated as possibly sent and reconciled next time.
            return (new PublishOutcome.Failed(FailureKind.Ambiguous, $"Unexpected error in the {delivery.Channel} connector: {ex.Message}"), false);
        }
    }

    /// <summary>
    /// Channels whose tokens rotate on use (Zalo: single-use refresh tokens) are published by one worker at a time per
    /// account, so two nodes never refresh the same token pair at once. Others need no lock.
    /// </summary>
    private async Task<IAsyncDisposable?> LockAccountAsync(ChannelAccount account, CancellationToken cancellationToken) =>
        account.Kind == "zalo" ? await locks.TryAcquireAsync("channel-account:" + account.Id, cancellationToken) : NoLock.Instance;

    /// <summary>Gives a claimed delivery back to the schedule without counting an attempt.</summary>
    private async Task RequeueAsync(Delivery delivery, TimeSpan after)
    {
        delivery.State = DeliveryState.Scheduled;
        delivery.DueAt = clock.GetUtcNow() + after;
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private Task SaveCheckpointAsync(Guid deliveryId, string key, string value, CancellationToken cancellationToken) =>
        CheckpointWriter.SaveAsync(db, deliveryId, key, value, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery {DeliveryId} on {Channel}, attempt {Attempt}: {Outcome} {ExternalId}")]
    private partial void LogAttempt(Guid deliveryId, string channel, int attempt, string outcome, string? externalId);
}
