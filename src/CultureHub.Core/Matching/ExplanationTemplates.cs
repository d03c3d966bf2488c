using System.Text.Json;
using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>The sentence templates for explaining a suggestion, loaded from <c>data/matching/explanations.json</c>.</summary>
public sealed class ExplanationTemplates(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byLanguage)
{
    private static readonly string[] Keys = ["serves_you", "you_serve", "mutual_tail", "served_tail", "distance", "same_town", "remote", "and"];

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "matching", "explanations.json");

    public static ExplanationTemplates LoadDefault() => Load(DefaultPath);

    public static ExplanationTemplates Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TaxonomyException($"explanation templates not found: {path}");
        }

        return Parse(File.ReadAllText(path));
    }

    public static ExplanationTemplates Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var code in new[] { "de", "en" })
        {
            if (!document.RootElement.TryGetProperty(code, out var section))
            {
                throw new TaxonomyException($"explanations: the language '{code}' is missing");
            }

            var templates = section.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
            foreach (var key in Keys.Where(k => !templates.ContainsKey(k)))
            {
                throw new TaxonomyException($"explanations: '{code}' has no template '{key}'");
            }

            result[code] = templates;
        }

        return new ExplanationTemplates(result);
    }

    public string Format(Language language, string key, IReadOnlyDictionary<string, string> values)
    {
        var text = byLanguage[language.ToCode()][key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
