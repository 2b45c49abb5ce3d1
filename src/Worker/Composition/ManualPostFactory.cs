using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Composition;

/// <summary>Creates an editor's own post as a draft, with one delivery per enabled channel account of the commune.</summary>
public sealed class ManualPostFactory(SyndicatorDbContext db, TimeProvider clock)
{
    public async Task<Post> CreateDraftAsync(ManualPostInput input, string actor, CancellationToken cancellationToken)
    {
        var commune = await db.Communes.SingleAsync(c => c.Id == input.CommuneId, cancellationToken);
        var now = clock.GetUtcNow();
        var post = Post.NewDraft(commune.Id, input.ThemeKey, input.Title.Trim(), "Ban biên tập " + commune.Name, actor, now);
        post.Lead = string.IsNullOrWhiteSpace(input.Lead) ? null : input.Lead.Trim();
        post.BodyHtml = PlainTextHtml.ToHtml(input.BodyText);
        post.ImageUrl = IsHttpUrl(input.ImageUrl) ? input.ImageUrl!.Trim() : null;
        post.ScheduledFor = input.ScheduledFor;
        var channels = await ChannelDeliveries.AddAsync(db, post, cancellationToken);
        db.Posts.Add(post);
        db.Audit(now, post.CommuneId, actor, "post.drafted", nameof(Post), post.Id,
            new { after = post.State, post.Title, post.ThemeKey, post.ScheduledFor, channels });
        await db.SaveChangesAsync(cancellationToken);
        return post;
    }

    public static bool IsHttpUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
