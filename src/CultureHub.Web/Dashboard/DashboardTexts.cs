using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// The dashboard's words, German by default and English with <c>?lang=en</c>, from the one <see cref="TextCatalog"/>
/// (keys under <c>dashboard.</c>, with its German fallback); hubs by their configured names and competences by the
/// taxonomy's labels.
/// </summary>
public sealed class DashboardTexts(TextCatalog texts, HubDirectory hubs, CompetenceTaxonomy taxonomy)
{
    /// <summary>
    /// Prefixes of texts chosen by data (a table's id, a column's name, a row's key): the ids come from Core's
    /// figures, so these keys are looked up among the generated <see cref="TextKeys"/> instead of spelled out.
    /// </summary>
    public const string TablePrefix = "dashboard.table.";

    public const string ColumnPrefix = "dashboard.col.";

    private static readonly string[] RowPrefixes = ["dashboard.row.", "dashboard.sector."];

    public static string LanguageOf(string? requested) => requested == "en" ? "en" : "de";

    public string Get(string language, string key) => texts.Get(CatalogLanguage(language), key);

    public string Format(string language, string key, params object?[] arguments) =>
        texts.Format(CatalogLanguage(language), key, arguments);

    /// <summary>The text for a data-named key (<see cref="TablePrefix"/> + a table's id), or the id itself when there is none.</summary>
    public string Named(string language, string prefix, string id) =>
        TextKeys.Find(prefix, id) is { } key ? Get(language, key) : id;

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
            return Format(language, TextKeys.DashboardRowHubLink, hubs.All.FirstOrDefault(h => h.Id == key[4..])?.Name ?? key[4..]);
        }

        if (taxonomy.Find(key) is { } entry)
        {
            return entry.Label.For(CatalogLanguage(language));
        }

        if (key.StartsWith("pair:", StringComparison.Ordinal) && key[5..].Split('>') is [var need, var offer])
        {
            return $"{Row(language, need)} → {Row(language, offer)}";
        }

        // A row with its own text comes before the sector-pair split: "team_size:4+" is one row, not a pair.
        foreach (var prefix in RowPrefixes)
        {
            if (TextKeys.Find(prefix, key.Replace(':', '.')) is { } found)
            {
                return Get(language, found);
            }
        }

        if (key.Contains('+', StringComparison.Ordinal))
        {
            return string.Join(" + ", key.Split('+').Select(part => Row(language, part)));
        }

        return key.StartsWith("link:", StringComparison.Ordinal) ? key[5..] : key;
    }

    private static Language CatalogLanguage(string language) => LanguageOf(language) == "en" ? Language.En : Language.De;
}
