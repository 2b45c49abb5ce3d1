namespace Syndicator.Worker.Sources;

/// <summary>
/// One source in a sources YAML file. The file is a YAML sequence of these mappings:
/// <code>
/// - commune: tan-lap            # commune slug; omitted in the catalogue (chosen at import with --commune)
///   name: "Báo Chính phủ: Khoa học – Công nghệ"   # required
///   url: https://baochinhphu.vn/khoa-hoc-cong-nghe.rss   # required, absolute http(s)
///   enabled: false              # default false
///   pollMinutes: 30             # 5..1440, default 30
///   trusted: false              # auto-approval of its items; default false
///   priority: 0                 # -100..100, default 0: of the same story on several sources, the highest wins
///   kind: feed                  # feed (RSS/Atom/RDF/JSON, detected) | html (list page); default feed
///   selectors:                  # html only: XPath; item, title and link required
///     item: //div[@class='news']/article
///     title: .//h3
///     link: .//a/@href
///     date: .//time/@datetime
///     summary: .//p
///     image: .//img/@src
/// </code>
/// Unknown fields are errors, so a typo never silently drops a setting.
/// </summary>
public sealed class SourceDefinition
{
    public const int DefaultPollMinutes = 30;

    public string? Commune { get; set; }
    public string? Name { get; set; }
    public string? Url { get; set; }
    public bool? Enabled { get; set; }
    public int? PollMinutes { get; set; }
    public bool? Trusted { get; set; }
    public int? Priority { get; set; }
    public string? Kind { get; set; }
    public SelectorsDefinition? Selectors { get; set; }

    /// <summary>Where the entry starts in its file (1-based), for error messages; 0 when not read from a file.</summary>
    [YamlDotNet.Serialization.YamlIgnore]
    public int Line { get; set; }
}
