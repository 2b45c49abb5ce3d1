using Syndicator.Storage.Entities;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Syndicator.Worker.Classification;

/// <summary>Reads and writes rules YAML files: a list of <see cref="RuleDefinition"/> entries.</summary>
public static class RuleYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    /// <summary>Parses and validates a whole file; nothing is returned unless every entry is valid.</summary>
    /// <exception cref="RuleFileException">Malformed YAML, an unknown field, or invalid entries.</exception>
    public static IReadOnlyList<RelevanceRule> Parse(string yaml, IReadOnlySet<string> themes)
    {
        List<RuleDefinition> entries;
        try
        {
            entries = Reader.Deserialize<List<RuleDefinition>?>(yaml) ?? [];
        }
        catch (YamlException ex)
        {
            throw new RuleFileException([$"line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}"]);
        }

        var errors = entries
            .SelectMany((e, i) => RuleValidator.Validate(e, themes).Select(error => $"rule {i + 1}{(e.Pattern is null ? "" : $" (\"{e.Pattern}\")")}: {error}"))
            .ToList();
        return errors.Count > 0 ? throw new RuleFileException(errors) : entries.Select((e, i) => ToRule(e, i + 1)).ToList();
    }

    public static string Write(IEnumerable<RelevanceRule> rules) => Writer.Serialize(rules.Select(ToDefinition).ToList());

    private static RelevanceRule ToRule(RuleDefinition entry, int position) => new()
    {
        Action = entry.Action ?? RuleActions.Include,
        Match = entry.Match ?? RuleMatchKinds.Keyword,
        Pattern = entry.Pattern!.Trim(),
        Fields = entry.Fields is null ? RuleFields.Default : string.Join(',', entry.Fields.Select(f => f.Trim().ToLowerInvariant())),
        AccentInsensitive = entry.AccentInsensitive ?? true,
        ThemeKey = (entry.Action ?? RuleActions.Include) == RuleActions.Include ? entry.Theme : null,
        Weight = entry.Weight ?? 1,
        Enabled = entry.Enabled ?? true,
        Order = entry.Order ?? position,
    };

    private static RuleDefinition ToDefinition(RelevanceRule rule) => new()
    {
        Order = rule.Order,
        Action = rule.Action == RuleActions.Include ? null : rule.Action,
        Match = rule.Match == RuleMatchKinds.Keyword ? null : rule.Match,
        Pattern = rule.Pattern,
        Fields = rule.Fields == RuleFields.Default ? null : [.. rule.Fields.Split(',')],
        AccentInsensitive = rule.AccentInsensitive ? null : false,
        Theme = rule.ThemeKey,
        Weight = Math.Abs(rule.Weight - 1) < 1e-9 ? null : rule.Weight,
        Enabled = rule.Enabled ? null : false,
    };
}
