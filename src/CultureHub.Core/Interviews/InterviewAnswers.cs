using System.Globalization;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>The draft after an answer, or why the answer could not be taken.</summary>
/// <param name="FollowUp">A question the assistant asks before moving on (its own words, in the member's language).</param>
/// <param name="Next">The step the assistant suggests next; taken only while that step is still open.</param>
public sealed record AnswerOutcome(MemberDraft Draft, string? ProblemKey = null, string? NoticeKey = null, string? FollowUp = null, InterviewStep? Next = null);

/// <summary>Applies a free-text answer to the draft, taking whatever else the member said along the way.</summary>
public sealed partial class InterviewAnswers(IGazetteer gazetteer, TextCatalog texts)
{
    private readonly Lazy<IReadOnlyDictionary<Sector, string[]>> _sectorWords = new(() => MemberImport.SectorWords(texts));

    public AnswerOutcome Apply(InterviewSession session, string text)
    {
        var draft = session.Draft;
        var limit = session.Step == InterviewStep.Name ? AnswerReader.MaxNameLength : AnswerReader.MaxFreeTextLength;
        if (session.Step is InterviewStep.Confirm)
        {
            return new AnswerOutcome(draft, TextKeys.InterviewUseButtons);
        }

        // "-" or "n/a" has no letters but is a clear "nothing", where a step may be left empty
        if (session.Step is (InterviewStep.Seeks or InterviewStep.Links) && AnswerReader.IsSkip(text))
        {
            return new AnswerOutcome(Skip(draft, session.Step));
        }

        if (AnswerReader.Problem(text, limit) is { } problem)
        {
            return new AnswerOutcome(draft, problem);
        }

        var clean = AnswerReader.Collapse(text);
        return session.Step switch
        {
            InterviewStep.Name => NameAnswer(draft, clean),
            InterviewStep.Offers => Offers(draft, clean),
            InterviewStep.Seeks => new AnswerOutcome(draft with { Seeks = clean }),
            InterviewStep.Town => Town(draft, clean),
            InterviewStep.Sectors => SectorsAnswer(draft, clean),
            _ => Links(draft, clean),
        };
    }

    public MemberDraft ApplyLocation(MemberDraft draft, GeoPoint point)
    {
        var place = gazetteer.Nearest(point);
        // Coordinates are written the way maps and GPS show them ("52.375, 9.732"), whatever the machine's culture.
        return draft with { Town = new MemberTown(place?.Name ?? string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:F3}, {point.Longitude:F3}"), place) };
    }

    public MemberDraft Skip(MemberDraft draft, InterviewStep step) =>
        step == InterviewStep.Seeks ? draft with { Seeks = string.Empty } : draft with { Links = [] };

    public MemberDraft ToggleSector(MemberDraft draft, Sector sector) => draft with
    {
        Sectors = draft.Sectors.Contains(sector)
            ? draft.Sectors.Where(s => s != sector).ToList()
            : draft.Sectors.Append(sector).OrderBy(s => s).ToList(),
    };

    private AnswerOutcome NameAnswer(MemberDraft draft, string text)
    {
        var (name, remainder) = AnswerReader.ReadNameAndRest(text);
        if (!name.Any(char.IsLetterOrDigit) || name.Length > AnswerReader.MaxNameLength)
        {
            return new AnswerOutcome(draft, TextKeys.AnswerNoWords);
        }

        // A sentence in another language would be cut at the wrong place ("Merhaba" taken for the name).
        if (remainder is not null && LanguageGuesser.IsNeither(text))
        {
            return new AnswerOutcome(draft, TextKeys.InterviewNameOtherLanguage);
        }

        var named = draft with { Name = name };
        return remainder is null || draft.Offers is not null
            ? new AnswerOutcome(named)
            : Offers(named, remainder) with { NoticeKey = TextKeys.InterviewNotedOffers };
    }

    private AnswerOutcome Offers(MemberDraft draft, string text)
    {
        var (offers, seeks) = AnswerReader.SplitOfferAndSeek(text);
        var updated = draft with { Offers = offers };
        string? notice = null;
        if (seeks is not null && string.IsNullOrEmpty(draft.Seeks))
        {
            updated = updated with { Seeks = seeks };
            notice = TextKeys.InterviewNotedSeeks;
        }

        // only what the member says about themselves tells where they are: "a club night in Oldenburg"
        // in a search is where they want to play, so the town question is still asked
        return new AnswerOutcome(WithTownFrom(updated, offers), NoticeKey: notice);
    }

    private AnswerOutcome Town(MemberDraft draft, string text)
    {
        var town = ResolveTown(text);
        return new AnswerOutcome(draft with { Town = town }, NoticeKey: town.IsResolved ? null : TextKeys.InterviewTownUnknown);
    }

    private MemberTown ResolveTown(string text)
    {
        var match = gazetteer.Resolve(text);
        return match is { Confidence: >= 0.6 }
            ? new MemberTown(text, match.Place)
            : new MemberTown(text, null);
    }

    private AnswerOutcome SectorsAnswer(MemberDraft draft, string text)
    {
        if (AnswerReader.IsDone(text))
        {
            // the word on the "Fertig" button, typed: the sectors ticked so far stand, as with the button
            return new AnswerOutcome(draft with { HasChosenSectors = true });
        }

        var found = AnswerReader.ReadSectors(text, _sectorWords.Value);
        return found.Count == 0
            ? new AnswerOutcome(draft, TextKeys.InterviewSectorsNotUnderstood)
            : new AnswerOutcome(draft with { Sectors = found, HasChosenSectors = true });
    }

    private static AnswerOutcome Links(MemberDraft draft, string text)
    {
        var links = AnswerReader.ReadLinks(text);
        var unplaced = SocialHandles.Unplaced(text, SocialHandles.ReadLinks(text)).Count > 0;
        return (links.Count, unplaced) switch
        {
            (0, true) => new AnswerOutcome(draft, TextKeys.InterviewHandlePlatformMissing),
            (0, false) => new AnswerOutcome(draft, TextKeys.InterviewLinksNotUnderstood),
            (_, true) => new AnswerOutcome(draft with { Links = links }, NoticeKey: TextKeys.InterviewHandlePlatformLeftOut),
            _ => new AnswerOutcome(draft with { Links = links }),
        };
    }

    private MemberDraft WithTownFrom(MemberDraft draft, string text)
    {
        if (draft.Town is not null)
        {
            return draft;
        }

        var found = AnswerReader.FindTownMention(text, gazetteer);
        return found is null ? draft : draft with { Town = new MemberTown(found.Place.Name, found.Place) };
    }
}
