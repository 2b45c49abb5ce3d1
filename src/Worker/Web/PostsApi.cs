using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Web;

/// <summary>The JSON API for the approval queue. Role and commune scope are checked on every call.</summary>
public static class PostsApi
{
    public sealed record DecisionRequest(string? Note, Guid? Version);

    public static void MapPostsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/posts").RequireAuthorization();
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/approve", (Guid id, DecisionRequest body, ClaimsPrincipal user, SyndicatorDbContext db, PostWorkflow wf, CancellationToken ct) =>
            DecideAsync(id, user, db, ct, () => wf.ApproveAsync(id, user.ActorName(), body.Note, body.Version, ct)));
        group.MapPost("/{id:guid}/reject", (Guid id, DecisionRequest body, ClaimsPrincipal user, SyndicatorDbContext db, PostWorkflow wf, CancellationToken ct) =>
            DecideAsync(id, user, db, ct, () => wf.RejectAsync(id, user.ActorName(), body.Note, body.Version, ct)));
    }

    private static async Task<IResult> ListAsync(string? commune, PostState? state, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct)
    {
        var scope = await ScopedCommunesAsync(user, db, ct);
        var query = db.Posts.Where(p => scope.Contains(p.CommuneId));
        if (commune is not null) query = query.Where(p => db.Communes.Any(c => c.Id == p.CommuneId && c.Slug == commune));
        if (state is not null) query = query.Where(p => p.State == state);
        var posts = await query.OrderByDescending(p => p.CreatedAt).Take(200).Select(PostDto.Projection).ToListAsync(ct);
        return Results.Ok(posts);
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct)
    {
        var scope = await ScopedCommunesAsync(user, db, ct);
        var post = await db.Posts.Where(p => p.Id == id && scope.Contains(p.CommuneId)).Select(PostDto.Projection).SingleOrDefaultAsync(ct);
        return post is null ? Results.NotFound() : Results.Ok(post);
    }

    private static async Task<IResult> DecideAsync(Guid id, ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct, Func<Task<WorkflowResult>> decide)
    {
        var scope = await ScopedCommunesAsync(user, db, ct);
        // Out of scope looks exactly like not found: another commune's posts are not even confirmed to exist.
        if (!await db.Posts.AnyAsync(p => p.Id == id && scope.Contains(p.CommuneId), ct)) return Results.NotFound();
        if (!user.HasAnyRole(Roles.Approver)) return Results.Problem("Bạn không có quyền duyệt tin.", statusCode: StatusCodes.Status403Forbidden);
        return await decide() switch
        {
            WorkflowResult.Done => Results.Ok(await db.Posts.Where(p => p.Id == id).Select(PostDto.Projection).SingleAsync(ct)),
            WorkflowResult.NotFound => Results.NotFound(),
            WorkflowResult.Conflict => Results.Problem("Tin đã được người khác thay đổi. Vui lòng tải lại.", statusCode: StatusCodes.Status409Conflict),
            WorkflowResult.SelfApprovalForbidden => Results.Problem("Xã yêu cầu người thứ hai duyệt tin do chính bạn soạn.", statusCode: StatusCodes.Status403Forbidden),
            _ => Results.Problem("Trạng thái hiện tại của tin không cho phép thao tác này.", statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static async Task<List<Guid>> ScopedCommunesAsync(ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct) =>
        (await CommuneScope.VisibleAsync(user, db, ct)).Select(c => c.Id).ToList();
}
