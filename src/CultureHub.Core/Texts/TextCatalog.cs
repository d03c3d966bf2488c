using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using CultureHub.Core.Members;

namespace CultureHub.Core.Texts;

/// <summary>
/// Every sentence CultureHub says, per language, from the embedded <c>Resources/texts.*.json</c> files and the
/// partners' dashboard's words from <c>Resources/dashboard.*.json</c> (keys under <c>dashboard.</c>): one catalog.
/// Call sites name keys by the generated <see cref="TextKeys"/> constants, so a key that does not exist does not compile.
/// A missing key falls back to German, then to the key itself, so a gap never crashes a conversation.
/// </summary>
public sealed class TextCatalog(IReadOnlyDictionary<Language, IReadOnlyDictionary<string, string>> texts)
{
    private readonly FrozenDictionary<Language, FrozenDictionary<string, string>> _texts = texts.ToFrozenDictionary(
        pair => pair.Key,
        pair => pair.Value.ToFrozenDictionary(StringComparer.Ordinal));

    public static TextCatalog LoadEmbedded() => Embedded.Value;

    private static readonly Lazy<TextCatalog> Embedded = new(() => new TextCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>
    {
        [Language.De] = Read("de"),
        [Language.En] = Read("en"),
    }));

    public IEnumerable<string> Keys(Language language) =>
        _texts.TryGetValue(language, out var texts) ? texts.Keys : [];

    public string Get(Language language, string key)
    {
        if (_texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text))
        {
            return text;
        }

        return _texts.TryGetValue(Language.De, out var german) && german.TryGetValue(key, out var fallback) ? fallback : key;
    }

    public string Format(Language language, string key, params object?[] arguments) =>
        string.Format(CultureFor(language), Get(language, key), arguments);

    /// <summary>
    /// "A, B und C" in the member's language. Labels that hold the conjunction themselves
    /// ("Instrumentenbau und Reparatur") are quoted, so the list still reads as a list.
    /// </summary>
    public string List(Language language, IReadOnlyList<string> items)
    {
        if (items.Count < 2)
        {
            return items.Count == 0 ? string.Empty : items[0];
        }

        var and = Get(language, TextKeys.ListAnd);
        var spaced = $" {and} ";
        var shown = items.Any(i => i.Contains(spaced, StringComparison.Ordinal))
            ? items.Select(i => Format(language, TextKeys.ListQuoted, i)).ToList()
            : items.ToList();
        return string.Join(", ", shown.Take(shown.Count - 1)) + spaced + shown[^1];
    }

    public static CultureInfo CultureFor(Language language) =>
        CultureInfo.GetCultureInfo(language == Language.En ? "en-GB" : "de-DE");

    private static IReadOnlyDictionary<string, string> Read(string language) =>
        Files.SelectMany(file => ReadFile($"{file}.{language}.json")).ToDictionary(StringComparer.Ordinal);

    /// <summary>The text files per language; the generator rejects a key defined in two of them.</summary>
    private static readonly string[] Files = ["texts", "dashboard"];

    private static Dictionary<string, string> ReadFile(string name)
    {
        var resource = $"CultureHub.Core.Resources.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The text resource {resource} is missing from the build.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
            ?? throw new InvalidOperationException($"The text resource {resource} is empty.");
    }
}
