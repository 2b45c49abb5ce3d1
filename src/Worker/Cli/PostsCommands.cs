using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Workflow;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator posts list|approve|reject`: the approval queue from a terminal (acts as a local operator).</summary>
public static class PostsCommands
{
    public static Command Create()
    {
        var posts = new Command("posts", "List, approve or reject column posts.");
        var state = new Option<PostState?>("--state") { Description = "Only posts in this state (e.g. PendingApproval)." };
        var list = new Command("list", "List posts, newest first.") { state };
        list.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync((sp, token) => ListAsync(sp, parse.GetValue(state), token), ct)));
        posts.Subcommands.Add(list);
        posts.Subcommands.Add(Decision("approve", "Approve a pending post; its deliveries are scheduled.", (wf, id, actor, note, ct) => wf.ApproveAsync(id, actor, note, null, ct)));
        posts.Subcommands.Add(Decision("reject", "Reject a post; its deliveries are cancelled.", (wf, id, actor, note, ct) => wf.RejectAsync(id, actor, note, null, ct)));
        return posts;
    }

    private static Command Decision(string name, string description, Func<PostWorkflow, Guid, string, string?, CancellationToken, Task<WorkflowResult>> decide)
    {
        var id = new Argument<Guid>("id") { Description = "The post id (see `posts list`)." };
        var note = new Option<string?>("--note") { Description = "A note kept in the audit trail." };
        var command = new Command(name, description) { id, note };
        command.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var result = await decide(sp.GetRequiredService<PostWorkflow>(), parse.GetValue(id), $"cli:{Environment.UserName}", parse.GetValue(note), token);
            Console.WriteLine(result == WorkflowResult.Done ? $"{name}: done" : $"{name}: {result}");
            return result == WorkflowResult.Done ? 0 : 1;
        }, ct)));
        return command;
    }

    private static async Task<int> ListAsync(IServiceProvider sp, PostState? state, CancellationToken ct)
    {
        var db = sp.GetRequiredService<SyndicatorDbContext>();
        var query = db.Posts.AsNoTracking();
        if (state is not null) query = query.Where(p => p.State == state);
        var rows = await query.OrderByDescending(p => p.CreatedAt).Take(100).Select(p => new { p.Id, p.State, p.ThemeKey, p.Title }).ToListAsync(ct);
        foreach (var row in rows) Console.WriteLine($"{row.Id}  {row.State,-18}  {row.ThemeKey,-20}  {row.Title}");
        if (rows.Count == 0) Console.WriteLine("No posts.");
        return 0;
    }
}
