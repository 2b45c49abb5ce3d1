using System.Security.Cryptography;
using System.Text;
using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Ingestion;

/// <summary>The per-source identity of an entry: its GUID, else its canonical URL, else a hash of title and date.</summary>
public static class DedupeKeys
{
    private const int MaxLength = 512;

    public static string For(FeedEntry entry)
    {
        var key = !string.IsNullOrWhiteSpace(entry.Id) ? "id:" + entry.Id.Trim()
            : !string.IsNullOrWhiteSpace(entry.Link) ? "url:" + entry.Link
            : "hash:" + Hash($"{TextNormalizer.Fingerprint(entry.Title)}|{entry.PublishedUtc:O}");
        return key.Length <= MaxLength ? key : key[..4] + Hash(key);
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
