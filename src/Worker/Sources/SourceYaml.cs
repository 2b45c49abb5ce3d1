using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Syndicator.Worker.Sources;

/// <summary>Reads and writes sources YAML files (format: <see cref="SourceDefinition"/>).</summary>
public static class SourceYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .Build();

    /// <summary>Parses and validates a file's text.</summary>
    /// <exception cref="SourceFileException">The YAML is malformed, has unknown fields, or an entry is invalid.</exception>
    public static IReadOnlyList<SourceDefinition> Parse(string yaml)
    {
        List<SourceDefinition> sources;
        try
        {
            sources = Reader.Deserialize<List<SourceDefinition>?>(yaml) ?? [];
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            throw new SourceFileException([$"{SourceYamlEntries.Read(yaml).Describe(ex.Start)}: {Clean(message)}"]);
        }

        var entries = SourceYamlEntries.Read(yaml);
        for (var i = 0; i < sources.Count; i++) sources[i].Line = entries.LineOf(i);
        var errors = sources.SelectMany((s, i) => SourceValidator.Validate(s).Select(e => $"{Where(s, i)}: {e}")).ToList();
        return errors.Count > 0 ? throw new SourceFileException(errors) : sources;
    }

    public static string Write(IEnumerable<SourceDefinition> sources) => Writer.Serialize(sources.ToList());

    /// <summary>"line 12, entry 3 (name)": how errors point at an entry.</summary>
    public static string Where(SourceDefinition source, int index) =>
        $"line {source.Line}, entry {index + 1}{(string.IsNullOrWhiteSpace(source.Name) ? "" : $" ({source.Name})")}";

    private static string Clean(string message) =>
        message.Contains("not found on type", StringComparison.Ordinal) ? "unknown field: " + message : message;
}
