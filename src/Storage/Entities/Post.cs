namespace Syndicator.Storage.Entities;

/// <summary>A column post: composed from feed items or written by an editor, approved, then delivered per channel.</summary>
public sealed class Post
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CommuneId { get; init; }
    public Guid? FeedItemId { get; init; }
    public required string ThemeKey { get; set; }
    public required string Title { get; set; }
    public string? Lead { get; set; }
    public string? BodyHtml { get; set; }
    public required string SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public string? ImageUrl { get; set; }

    /// <summary>story, digest, manual or campaign (see <see cref="PostKinds"/>).</summary>
    public string Kind { get; init; } = PostKinds.Story;
    /// <summary>For campaign posts: "&lt;campaign&gt;-&lt;year&gt;", unique per commune so a campaign is created once.</summary>
    public string? CampaignKey { get; init; }
    /// <summary>The editor's chosen publishing time; the channel's hard limits still apply.</summary>
    public DateTimeOffset? ScheduledFor { get; set; }

    public PostState State { get; private set; } = PostState.PendingApproval;

    /// <summary>A post an editor is still writing (manual posts start here).</summary>
    public static Post NewDraft(Guid communeId, string themeKey, string title, string sourceName, string createdBy, DateTimeOffset now) =>
        new() { CommuneId = communeId, ThemeKey = themeKey, Title = title, SourceName = sourceName, CreatedBy = createdBy, CreatedAt = now, Kind = PostKinds.Manual, State = PostState.Draft };
    public string CreatedBy { get; init; } = "system";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public List<Delivery> Deliveries { get; init; } = [];

    public void Approve(string actor, DateTimeOffset now, string? note = null)
    {
        Require(State == PostState.PendingApproval, "approved");
        Decide(PostState.Approved, actor, now, note);
    }

    public void Reject(string actor, DateTimeOffset now, string? note)
    {
        Require(State is PostState.PendingApproval or PostState.Approved, "rejected");
        Decide(PostState.Rejected, actor, now, note);
    }

    /// <summary>Takes a post out of the column: nothing not yet published goes out.</summary>
    public void Withdraw(string actor, DateTimeOffset now, string? note)
    {
        Require(State is PostState.Draft or PostState.PendingApproval or PostState.Approved or PostState.PartiallyPublished, "withdrawn");
        foreach (var d in Deliveries.Where(d => d.State is DeliveryState.Waiting or DeliveryState.Scheduled))
            d.State = DeliveryState.Cancelled;
        Decide(PostState.Withdrawn, actor, now, note);
    }

    /// <summary>Sends a draft for approval.</summary>
    public void Submit(DateTimeOffset now)
    {
        Require(State == PostState.Draft, "submitted");
        Touch(PostState.PendingApproval, now);
    }

    /// <summary>
    /// Changes the text. An edit after approval sends the post back for approval and its scheduled deliveries wait
    /// again: what was approved is no longer what would be published.
    /// </summary>
    /// <returns>true when something changed.</returns>
    public bool Edit(string title, string? lead, DateTimeOffset now)
    {
        Require(State is PostState.Draft or PostState.PendingApproval or PostState.Approved, "edited");
        if (title == Title && lead == Lead) return false;
        Title = title;
        Lead = lead;
        if (State == PostState.Approved)
        {
            foreach (var d in Deliveries.Where(d => d.State == DeliveryState.Scheduled))
            {
                d.State = DeliveryState.Waiting;
                d.DueAt = null;
            }
            DecidedBy = null;
            DecidedAt = null;
        }
        Touch(State == PostState.Draft ? PostState.Draft : PostState.PendingApproval, now);
        return true;
    }

    /// <summary>Sets the post state from its deliveries: published only when every channel is.</summary>
    public void RefreshFromDeliveries(DateTimeOffset now)
    {
        if (State is not (PostState.Approved or PostState.PartiallyPublished or PostState.Failed)) return;
        var live = Deliveries.Where(d => d.State != DeliveryState.Cancelled).ToList();
        if (live.Count == 0) return;
        var published = live.Count(d => d.State == DeliveryState.Published);
        var dead = live.Count(d => d.State == DeliveryState.Dead);
        var next = published == live.Count ? PostState.Published
            : published > 0 ? PostState.PartiallyPublished
            : dead == live.Count ? PostState.Failed
            : PostState.Approved;
        if (next != State) Touch(next, now);
    }

    private void Decide(PostState next, string actor, DateTimeOffset now, string? note)
    {
        DecidedBy = actor;
        DecidedAt = now;
        DecisionNote = note;
        Touch(next, now);
    }

    private void Touch(PostState next, DateTimeOffset now)
    {
        State = next;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed) throw new InvalidStateTransitionException(nameof(Post), State, action);
    }
}
