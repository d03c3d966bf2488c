using System.Reflection;
using System.Text.Json;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// The dashboard's words, German by default and English with <c>?lang=en</c>, from Resources/dashboard.*.json;
/// hubs by their configured names and competences by the taxonomy's labels.
/// </summary>
public sealed class DashboardTexts(HubDirectory hubs, CompetenceTaxonomy taxonomy)
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage = new(StringComparer.Ordinal)
    {
        ["de"] = Load("de"),
        ["en"] = Load("en"),
    };

    public static string LanguageOf(string? requested) => requested == "en" ? "en" : "de";

    public string Get(string language, string key) =>
        _byLanguage[LanguageOf(language)].TryGetValue(key, out var text) ? text : key;

    public string Format(string language, string key, params object?[] arguments) =>
        string.Format(System.Globalization.CultureInfo.GetCultureInfo(LanguageOf(language)), Get(language, key), arguments);

    /// <summary>
    /// A row key in words: hubs (by id, or <c>hub:id</c> for a hub's deep link), competences and
    /// need → offer pairs, stages, places, sectors and sector pairs ("film+music"); unknown keys as they are.
    /// </summary>
    public string Row(string language, string key)
    {
        if (hubs.All.FirstOrDefault(h => h.Id == key) is { } hub)
        {
            return hub.Name;
        }

        if (key.StartsWith("hub:", StringComparison.Ordinal))
        {
            return Format(language, "row.hub_link", hubs.All.FirstOrDefault(h => h.Id == key[4..])?.Name ?? key[4..]);
        }

        if (taxonomy.Find(key) is { } entry)
        {
            return entry.Label.For(language == "en" ? Language.En : Language.De);
        }

        if (key.StartsWith("pair:", StringComparison.Ordinal) && key[5..].Split('>') is [var need, var offer])
        {
            return $"{Row(language, need)} → {Row(language, offer)}";
        }

        if (key.Contains('+', StringComparison.Ordinal))
        {
            return string.Join(" + ", key.Split('+').Select(part => Row(language, part)));
        }

        foreach (var prefix in new[] { "row.", "sector." })
        {
            if (_byLanguage[LanguageOf(language)].TryGetValue(prefix + key.Replace(':', '.'), out var text))
            {
                return text;
            }
        }

        return key.StartsWith("link:", StringComparison.Ordinal) ? key[5..] : key;
    }

    private static IReadOnlyDictionary<string, string> Load(string language)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CultureHub.Web.Resources.dashboard.{language}.json")
            ?? throw new InvalidOperationException($"Dashboard texts for {language} are missing.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
    }
}
