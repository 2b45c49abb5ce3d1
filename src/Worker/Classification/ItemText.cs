using Syndicator.Connectors.Feeds;

namespace Syndicator.Worker.Classification;

/// <summary>The fields of one item, each normalised into a form only when a rule first asks for it.</summary>
public sealed class ItemText(ClassificationInput input)
{
    private const int MaxContentChars = 20_000;
    private const int FormCount = 6;

    private readonly string?[] _raw = new string?[RuleFields.Order.Length];
    private readonly string?[] _forms = new string?[RuleFields.Order.Length * FormCount];

    public string Get(TextForm form, int field)
    {
        var slot = field * FormCount + (int)form;
        return _forms[slot] ??= Normalise(form, Raw(field));
    }

    /// <summary>The field as given (content: its visible text), before any normalising.</summary>
    public string Raw(int field) => _raw[field] ??= field switch
    {
        0 => input.Title,
        1 => input.Summary ?? "",
        2 => string.IsNullOrEmpty(input.ContentHtml) ? "" : HtmlSanitizer.ToPlainText(input.ContentHtml, MaxContentChars),
        3 => input.Url ?? "",
        _ => string.Join(" | ", input.Categories),
    };

    private static string Normalise(TextForm form, string text) => form switch
    {
        TextForm.FoldedWords => TextForms.FoldedWords(text),
        TextForm.CasedWords => TextForms.CasedWords(text),
        TextForm.FoldedFlat => TextForms.FoldedFlat(text),
        TextForm.CasedFlat => TextForms.CasedFlat(text),
        TextForm.RegexFolded => TextForms.ForRegex(text, accentInsensitive: true),
        _ => TextForms.ForRegex(text, accentInsensitive: false),
    };
}
