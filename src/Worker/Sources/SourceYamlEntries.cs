using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Syndicator.Worker.Sources;

/// <summary>Where each entry of a sources file starts and what it is called, read from the YAML tree, for error messages.</summary>
internal sealed class SourceYamlEntries
{
    private readonly List<YamlNode> entries;

    private SourceYamlEntries(List<YamlNode> entries) => this.entries = entries;

    /// <summary>The entries of a file whose YAML is well formed (empty when it is not a sequence or not well formed).</summary>
    public static SourceYamlEntries Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return new SourceYamlEntries([]);
        }

        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlSequenceNode sequence
            ? new SourceYamlEntries(sequence.Children.ToList())
            : new SourceYamlEntries([]);
    }

    /// <summary>The 1-based line where the entry at <paramref name="index"/> starts; 0 when unknown.</summary>
    public int LineOf(int index) => index < entries.Count ? (int)entries[index].Start.Line : 0;

    /// <summary>
    /// "line 7, entry 2 (Báo tỉnh): priority" for a position inside an entry (the field when the position is a value);
    /// "line 7" otherwise.
    /// </summary>
    public string Describe(Mark position)
    {
        var index = entries.FindLastIndex(e => e.Start.Line <= position.Line);
        if (index < 0) return $"line {position.Line}";
        var entry = entries[index];
        var name = Scalar(entry, "name");
        var where = $"line {position.Line}, entry {index + 1}{(string.IsNullOrWhiteSpace(name) ? "" : $" ({name})")}";
        return FieldAt(entry, position) is { } field ? $"{where}: {field}" : where;
    }

    private static string? FieldAt(YamlNode entry, Mark position) =>
        entry is YamlMappingNode mapping
            ? mapping.Children
                .Where(c => c.Value.Start.Line == position.Line && c.Value.Start.Column == position.Column)
                .Select(c => (c.Key as YamlScalarNode)?.Value)
                .FirstOrDefault()
            : null;

    private static string? Scalar(YamlNode entry, string key) =>
        entry is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;
}
