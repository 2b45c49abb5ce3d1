using Syndicator.Storage.Entities;

namespace Syndicator.Worker.Classification;

/// <summary>
/// The shipped NQ57 rules (<c>rules/default-rules.yaml</c> next to the executable, editable). They are seeded as
/// global rules into an empty rules table and used by tools that run without a database (feed tests, the bench).
/// </summary>
public static class DefaultRules
{
    private static readonly Lazy<IReadOnlyList<RelevanceRule>> Loaded = new(() => Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "rules", "default-rules.yaml");

    /// <summary>The shipped rules, in file order.</summary>
    /// <exception cref="RuleFileException">The shipped file is missing or invalid.</exception>
    public static IReadOnlyList<RelevanceRule> All => Loaded.Value;

    public static IReadOnlySet<string> ThemeKeySet { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ThemeKeys.Policy, ThemeKeys.DigitalTransformation, ThemeKeys.Innovation, ThemeKeys.Science,
        ThemeKeys.ModelExamples, ThemeKeys.Business, ThemeKeys.Education, ThemeKeys.ObservanceDays,
    };

    public static IReadOnlyList<RelevanceRule> Load(string path)
    {
        if (!File.Exists(path)) throw new RuleFileException([$"the default rules file {path} is missing"]);
        try
        {
            return RuleYaml.Parse(File.ReadAllText(path), ThemeKeySet);
        }
        catch (RuleFileException ex)
        {
            throw new RuleFileException([.. ex.Errors.Select(e => $"{path}: {e}")]);
        }
    }
}
