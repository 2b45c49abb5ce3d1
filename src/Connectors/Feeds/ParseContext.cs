namespace Syndicator.Connectors.Feeds;

/// <summary>State shared by the readers while one document is parsed.</summary>
internal sealed class ParseContext(FeedParseOptions options, Uri baseUri)
{
    public FeedParseOptions Options { get; } = options;
    public Uri DocumentUri { get; } = baseUri;
    public List<string> Warnings { get; } = [];
    public List<FeedEntry> Entries { get; } = [];
    public string? FeedTitle { get; set; }
    public string? FeedLink { get; set; }
    /// <summary>RSS &lt;ttl&gt;, when the feed declares one.</summary>
    public TimeSpan? TimeToLive { get; set; }
    public bool Truncated { get; private set; }
    public FeedFormat? Format { get; set; }

    /// <summary>The date given to undated entries, or null when the caller passed no options.</summary>
    public DateTimeOffset? FallbackDate { get; init; }

    /// <summary>Where relative entry links resolve: the feed's own link when absolute, else the document URI.</summary>
    public Uri LinkBase
    {
        get
        {
            if (!ReferenceEquals(_linkBaseFor, FeedLink) || _linkBase is null)
            {
                (_linkBaseFor, _linkBase) = (FeedLink, UrlNormalizer.Resolve(FeedLink, DocumentUri) ?? DocumentUri);
            }

            return _linkBase;
        }
    }

    private string? _linkBaseFor;
    private Uri? _linkBase;

    /// <summary>True while more entries may be added; records the truncation warning once.</summary>
    public bool HasRoom()
    {
        if (Entries.Count < Options.MaxEntries)
        {
            return true;
        }

        if (!Truncated)
        {
            Truncated = true;
            Warnings.Add($"The feed has more than {Options.MaxEntries} entries; the rest were dropped.");
        }

        return false;
    }

    /// <summary>Adds a warning; repeated warnings are capped so a broken feed cannot flood the log.</summary>
    public void Warn(string message)
    {
        if (Warnings.Count < 50 && !Warnings.Contains(message))
        {
            Warnings.Add(message);
        }
    }

    /// <summary>Forgets what a failed attempt produced before the document is read again.</summary>
    public void Reset()
    {
        Entries.Clear();
        FeedTitle = null;
        FeedLink = null;
        TimeToLive = null;
        Truncated = false;
        Format = null;
    }

    public void Add(RawEntry raw) => Entries.Add(EntryFinisher.Finish(raw, this));
}
