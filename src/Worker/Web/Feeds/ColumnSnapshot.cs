using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Web.Feeds;

/// <summary>The column of one commune at one moment: what the feed writers render.</summary>
public sealed record ColumnSnapshot(Commune Commune, IReadOnlyList<ColumnItem> Items)
{
    public const string Description = "Tin về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết 57-NQ/TW";

    public string Title => $"Chuyên mục NQ57 – {Commune.Name}";

    /// <summary>The newest change in the column (the commune's creation time when it is empty).</summary>
    public DateTimeOffset Updated => Items.Count == 0 ? Commune.CreatedAt : Items.Max(i => i.Updated > i.Published ? i.Updated : i.Published);
}
