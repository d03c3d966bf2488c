using System.Globalization;
using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>Turns a scored pair into a suggestion with a short why in the recipient's language.</summary>
internal sealed class SuggestionWriter(TaxonomyCodes codes, ExplanationTemplates templates)
{
    public MatchSuggestion Write(CompiledProfile member, CompiledProfile candidate, PairScore pair)
    {
        var language = member.Profile.Language;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = MemberNames.CallName(candidate.Profile.Name, candidate.Profile.OffersText),
            ["need"] = Sought(pair.NeedId, language),
            ["their_need"] = Sought(pair.Kind == FitKind.ServesYou ? pair.ReturnNeedId : pair.NeedId, language),
            ["offer"] = Offer(pair.Kind == FitKind.YouServe ? pair.ReturnOfferId : pair.OfferId, candidate, language),
            ["your_need"] = Sought(pair.ReturnNeedId, language),
        };
        var and = " " + templates.Format(language, "and", new Dictionary<string, string>()) + " ";
        if (pair.Kind == FitKind.ServesYou && AlsoServed(member.Needs, candidate.Offers, pair.NeedId, pair.OfferId) is { } mine)
        {
            values["need"] += and + Sought(mine.Need, language);
            values["offer"] += and + Offer(mine.Offer, candidate, language);
        }
        else if (pair.Kind != FitKind.ServesYou && AlsoServed(candidate.Needs, member.Offers, pair.NeedId, pair.OfferId) is { } theirs)
        {
            values["their_need"] += and + Sought(theirs.Need, language);
        }

        var mode = pair.NeedId >= 0 ? codes.ModeOf(pair.NeedId) : WorkMode.Either;
        var locality = pair.Kind == FitKind.ServesYou ? member.Profile.Locality : candidate.Profile.Locality;
        values["distance"] = Distance(language, mode, locality, pair.DistanceKm);
        var why = templates.Format(language, pair.Kind == FitKind.ServesYou ? "serves_you" : "you_serve", values);
        if (pair.ReturnNeedId >= 0 && pair.ReturnOfferId >= 0)
        {
            // the tail tells the other direction: what the member offers them, or what they offer the member
            why += templates.Format(language, pair.Kind == FitKind.ServesYou ? "mutual_tail" : "served_tail", values);
        }

        var needId = pair.NeedId >= 0 ? codes.Entry(pair.NeedId).Id : string.Empty;
        var offerId = pair.OfferId >= 0 ? codes.Entry(pair.OfferId).Id : string.Empty;
        return new MatchSuggestion(candidate.Profile.Id, Math.Round(pair.Score, 4), pair.IsMutual, pair.DistanceKm, why, needId, offerId);
    }

    /// <summary>
    /// A second need the same pair answers with another offer ("eine Instrumentenwerkstatt und eine
    /// Fotografin"), so the why names all that brought them together; only labels the card showed as
    /// understood are named, never one merely mentioned.
    /// </summary>
    private (int Need, int Offer)? AlsoServed(Weighted[] needs, Weighted[] offers, int shownNeed, int shownOffer)
    {
        foreach (var need in needs.Where(n => n.Id != shownNeed && n.Confidence >= CompiledProfile.RoleConfidence).OrderByDescending(n => n.Confidence))
        {
            foreach (var offer in offers.Where(o => o.Id != shownOffer && o.Confidence >= CompiledProfile.RoleConfidence))
            {
                if (codes.Serves(offer.Id, need.Id) && !codes.Serves(shownOffer, need.Id))
                {
                    return (need.Id, offer.Id);
                }
            }
        }

        return null;
    }

    private string Distance(Language language, WorkMode mode, Locality locality, double? km)
    {
        if (locality == Locality.Remote || (mode == WorkMode.Remote && locality != Locality.Local))
        {
            return templates.Format(language, "remote", new Dictionary<string, string>());
        }

        if (km is not { } d)
        {
            return string.Empty;
        }

        if (d < 5)
        {
            return templates.Format(language, "same_town", new Dictionary<string, string>());
        }

        var rounded = d < 20 ? Math.Round(d) : Math.Round(d / 5) * 5;
        return templates.Format(language, "distance", new Dictionary<string, string> { ["km"] = rounded.ToString("0", CultureInfo.InvariantCulture) });
    }

    private string Sought(int code, Language language) => code >= 0 ? codes.Entry(code).Sought.For(language) : string.Empty;

    /// <summary>What the candidate does, said of the group itself when the candidate writes as one ("Wir sind …").</summary>
    private string Offer(int code, CompiledProfile candidate, Language language) =>
        code < 0 ? string.Empty
        : codes.Entry(code) is { IsGroup: true } entry && MemberNames.SpeaksAsGroup(candidate.Profile.OffersText) ? entry.OfferAsGroup.For(language)
        : codes.Entry(code).OfferPhrase.For(language);
}
