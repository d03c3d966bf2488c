using System.Text;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>Renders a profile (or a draft of one) as the member sees it.</summary>
public sealed class ProfileCard(TextCatalog texts, UnderstoodLabels labels)
{
    public string Render(MemberDraft draft, Language language, bool isPaused = false)
    {
        var builder = new StringBuilder();
        Line(builder, "👤", texts.Get(language, "profile.name"), draft.Name);
        Line(builder, "📍", texts.Get(language, "profile.town"), Town(draft.Town, language));
        Line(builder, "🎨", texts.Get(language, "profile.sectors"), SectorList(draft.Sectors, language));
        Line(builder, "✨", texts.Get(language, "profile.offers"), draft.Offers);
        Line(builder, "🔎", texts.Get(language, "profile.seeks"),
            string.IsNullOrEmpty(draft.Seeks) ? texts.Get(language, "profile.seeks_nothing") : draft.Seeks);
        if (draft.Links is { Count: > 0 } links)
        {
            Line(builder, "🔗", texts.Get(language, "profile.links"), string.Join(" ", links));
        }

        if (isPaused)
        {
            builder.Append("⏸ ").AppendLine(texts.Get(language, "profile.paused"));
        }

        builder.AppendLine().Append(labels.Block(draft, language));
        return builder.ToString().TrimEnd();
    }

    public string Render(Member member) => Render(MemberDraft.From(member), member.Language, member.IsMatchingPaused);

    public string SectorList(IReadOnlyList<Sector> sectors, Language language) =>
        sectors.Count == 0 ? "–" : string.Join(", ", sectors.Select(s => SectorLabel(s, language)));

    public string SectorLabel(Sector sector, Language language) => texts.Get(language, $"sector.{sector.Id()}");

    public string Town(MemberTown? town, Language language)
    {
        if (town is null)
        {
            return "–";
        }

        if (town.Place is null)
        {
            return $"{town.Text} ({texts.Get(language, "profile.town_unknown")})";
        }

        return town.Place.IsInNiedersachsen
            ? town.Place.Name
            : $"{town.Place.Name} ({texts.Get(language, "profile.town_outside")})";
    }

    private static void Line(StringBuilder builder, string icon, string label, string? value) =>
        builder.Append(icon).Append(' ').Append(label).Append(": ").AppendLine(string.IsNullOrWhiteSpace(value) ? "–" : value);
}
