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
        Line(builder, "👤", texts.Get(language, TextKeys.ProfileName), draft.Name);
        Line(builder, "📍", texts.Get(language, TextKeys.ProfileTown), Town(draft.Town, language));
        Line(builder, "🎨", texts.Get(language, TextKeys.ProfileSectors), SectorList(draft.Sectors, language));
        Line(builder, "✨", texts.Get(language, TextKeys.ProfileOffers), draft.Offers);
        Line(builder, "🔎", texts.Get(language, TextKeys.ProfileSeeks),
            string.IsNullOrEmpty(draft.Seeks) ? texts.Get(language, TextKeys.ProfileSeeksNothing) : draft.Seeks);
        if (draft.Links is { Count: > 0 } links)
        {
            Line(builder, "🔗", texts.Get(language, TextKeys.ProfileLinks), string.Join(" ", links));
        }

        if (isPaused)
        {
            builder.Append("⏸ ").AppendLine(texts.Get(language, TextKeys.ProfilePaused));
        }

        builder.AppendLine().Append(labels.Block(draft, language));
        return builder.ToString().TrimEnd();
    }

    public string Render(Member member) => Render(MemberDraft.From(member), member.Language, member.IsMatchingPaused);

    public string SectorList(IReadOnlyList<Sector> sectors, Language language) =>
        sectors.Count == 0 ? "–" : string.Join(", ", sectors.Select(s => SectorLabel(s, language)));

    public string SectorLabel(Sector sector, Language language) => texts.Get(language, SectorTextKeys.Label(sector));

    public string Town(MemberTown? town, Language language)
    {
        if (town is null)
        {
            return "–";
        }

        if (town.Place is null)
        {
            return $"{town.Text} ({texts.Get(language, TextKeys.ProfileTownUnknown)})";
        }

        return town.Place.IsInNiedersachsen
            ? town.Place.Name
            : $"{town.Place.Name} ({texts.Get(language, TextKeys.ProfileTownOutside)})";
    }

    private static void Line(StringBuilder builder, string icon, string label, string? value) =>
        builder.Append(icon).Append(' ').Append(label).Append(": ").AppendLine(string.IsNullOrWhiteSpace(value) ? "–" : value);
}
