using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;

namespace Syndicator.Worker.Cli;

/// <summary>`syndicator items list [--commune slug] [--relevant]|delete ID`: stored feed items for operations.</summary>
public static class ItemsCommands
{
    public static Command Create()
    {
        var items = new Command("items", "List stored feed items and delete (tombstone) them.");
        items.Subcommands.Add(List());
        items.Subcommands.Add(Delete());
        return items;
    }

    private static Command List()
    {
        var commune = new Option<string?>("--commune") { Description = "Only this commune's items." };
        var relevant = new Option<bool>("--relevant") { Description = "Only items the rules keep." };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 100 };
        var list = new Command("list", "List stored items, newest first.") { commune, relevant, limit };
        list.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            var query = db.FeedItems.AsNoTracking();
            if (parse.GetValue(commune) is { } slug) query = query.Where(i => db.Communes.Any(c => c.Id == i.CommuneId && c.Slug == slug));
            if (parse.GetValue(relevant)) query = query.Where(i => i.Relevant && !i.Deleted);
            var rows = await query.OrderByDescending(i => i.PublishedAt).Take(parse.GetValue(limit)).ToListAsync(token);
            Console.WriteLine($"{"ID",-36} {"PUBLISHED",-17} {"REL",-3} {"SCORE",5} {"STATE",-10} {"THEME",-24} TITLE / REASON");
            foreach (var i in rows)
            {
                var state = i.Deleted ? "deleted" : i.DuplicateOfId is not null ? "duplicate" : i.Composed ? "composed" : "waiting";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id,-36} {i.PublishedAt.ToUniversalTime():yyyy-MM-dd HH:mm'Z'} {(i.Relevant ? "yes" : "no"),-3} {i.Score,5:0.#} {state,-10} {i.ThemeKey ?? "-",-24} {i.Title}"));
                if (i.MatchReason is not null) Console.WriteLine($"{"",-36} {i.MatchReason}");
                if (i.DuplicateOfId is not null) Console.WriteLine($"{"",-36} trùng với {i.DuplicateOfId}");
            }

            Console.WriteLine($"{rows.Count} items.");
            return 0;
        }, ct)));
        return list;
    }

    private static Command Delete()
    {
        var id = new Argument<Guid>("id") { Description = "The item's id (from `items list`)." };
        var delete = new Command("delete", "Tombstone an item: it is hidden and a re-fetch never brings it back.") { id };
        delete.SetAction((parse, ct) => CliApp.Guard(() => CliHost.RunAsync(async (sp, token) =>
        {
            var db = sp.GetRequiredService<SyndicatorDbContext>();
            var itemId = parse.GetValue(id);
            var item = await db.FeedItems.SingleOrDefaultAsync(i => i.Id == itemId, token);
            if (item is null)
            {
                await Console.Error.WriteLineAsync($"syndicator: no item {itemId}");
                return 1;
            }

            if (!item.Deleted)
            {
                item.Deleted = true;
                db.Audit(sp.GetRequiredService<TimeProvider>().GetUtcNow(), item.CommuneId, "cli", "item.deleted", "feed_item", item.Id, new { item.Title, item.Url });
                await db.SaveChangesAsync(token);
            }

            Console.WriteLine($"Deleted {item.Id}: {item.Title}");
            return 0;
        }, ct)));
        return delete;
    }
}
