using Syndicator.Connectors.Publishing;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Hosting;
using Syndicator.Worker.Scheduling;

namespace Syndicator.Worker.Publishing;

/// <summary>
/// Applies a connector's outcome to the delivery: published; rescheduled with back-off (Transient, RateLimited,
/// Ambiguous → reconcile first); waiting for reconnect (Unauthorized); or dead with the API's reason.
/// </summary>
public static class OutcomeApplier
{
    public static string Apply(Delivery delivery, ChannelAccount account, PublishOutcome outcome, DateTimeOffset now, PublishingOptions options, Random random)
    {
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        switch (outcome)
        {
            case PublishOutcome.Published p:
                delivery.State = DeliveryState.Published;
                delivery.ExternalId = p.ExternalId;
                delivery.ExternalUrl = p.Url;
                delivery.PublishedAt = now;
                delivery.NeedsReconcile = false;
                delivery.LastError = null;
                return "published";
            case PublishOutcome.Failed f:
                ApplyFailure(delivery, account, f, now, options, random);
                return f.Kind.ToString();
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
    }

    private static void ApplyFailure(Delivery delivery, ChannelAccount account, PublishOutcome.Failed f, DateTimeOffset now, PublishingOptions options, Random random)
    {
        delivery.LastError = f.Detail;
        delivery.NeedsReconcile = f.Kind == FailureKind.Ambiguous || delivery.NeedsReconcile && f.Kind != FailureKind.Rejected;
        if (f.Kind == FailureKind.Rejected || delivery.Attempts >= options.MaxAttempts)
        {
            delivery.State = DeliveryState.Dead;
            return;
        }
        delivery.State = DeliveryState.Scheduled;
        if (f.Kind == FailureKind.Unauthorized)
        {
            // The delivery waits (no attempt burnt) until ops reconnects the account.
            account.Status = ChannelAccountStatus.NeedsReconnect;
            account.StatusReason = f.Detail;
            delivery.Attempts--;
            delivery.DueAt = now;
            return;
        }
        var fallback = f.Kind == FailureKind.QuotaExhausted ? TimeSpan.FromHours(1) : (TimeSpan?)null;
        var retryAt = now + RetryPolicy.NextDelay(delivery.Attempts, options, f.RetryAfter ?? fallback, random);
        delivery.DueAt = RetryWindow.Adjust(retryAt, account);
    }
}
