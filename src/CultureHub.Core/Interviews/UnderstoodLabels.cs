using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>
/// "Das habe ich verstanden": the competences read from a member's words as labels in their
/// language, the buttons to remove or add labels, and the sectors those labels belong to.
/// </summary>
public sealed class UnderstoodLabels(ICompetenceVocabulary vocabulary, TextCatalog texts)
{
    public const string ButtonPrefix = "lbl";

    /// <summary>Readings below this are too unsure to put in front of the member as "understood".</summary>
    public const double ShownConfidence = 0.5;

    /// <summary>
    /// Remove buttons per side: one row on Discord (5 buttons), and a card that stays readable on a
    /// phone. Removing one brings the next label up, so every label can still be removed.
    /// </summary>
    public const int MaxRemoveButtonsPerSide = 5;

    public const int MaxSuggestions = 5;

    public ICompetenceVocabulary Vocabulary => vocabulary;

    /// <summary>Whether a reading is sure enough to be shown as understood ("Du bietest: …") and confirmed by "passt".</summary>
    public static bool IsShown(CompetenceTag tag) => tag.IsConfirmed || tag.Confidence >= ShownConfidence;

    /// <summary>
    /// A reading too unsure to count as understood ("Ich spiele oft für Chöre": a choir is mentioned, not
    /// offered). It still counts a little in matching, so the card shows it as merely mentioned, with a
    /// remove button like every other label: nothing about a member is decided from a reading they could
    /// not see and correct.
    /// </summary>
    public static bool IsMention(CompetenceTag tag) => !IsShown(tag) && tag.Confidence > 0;

    /// <summary>The labels to show, surest first: confirmed ones and readings the reader was sure enough of.</summary>
    public IReadOnlyList<CompetenceLabel> Shown(IReadOnlyList<CompetenceTag>? tags, Language language) =>
        (tags ?? [])
            .Where(IsShown)
            .OrderByDescending(t => t.IsConfirmed ? 1.0 : t.Confidence)
            .Select(t => vocabulary.Find(t.CompetenceId, language))
            .OfType<CompetenceLabel>()
            .DistinctBy(l => l.Id)
            .ToList();

    /// <summary>
    /// The readings shown as merely mentioned, surest first, leaving out what the side shows as understood, by id or
    /// by wording (two senses of "Theater": the understood one's button removes both, see <see cref="Namesakes"/>).
    /// </summary>
    public IReadOnlyList<CompetenceLabel> Mentioned(IReadOnlyList<CompetenceTag>? tags, Language language)
    {
        var shown = Shown(tags, language);
        var ids = shown.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var wordings = shown.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        return (tags ?? [])
            .Where(IsMention)
            .OrderByDescending(t => t.Confidence)
            .Select(t => vocabulary.Find(t.CompetenceId, language))
            .OfType<CompetenceLabel>()
            .Where(l => !ids.Contains(l.Id) && !wordings.Contains(l.Text))
            .DistinctBy(l => l.Id)
            .ToList();
    }

    /// <summary>
    /// The readings of one side that a member sees as <paramref name="competenceId"/>'s label: the label itself and
    /// any other reading worded the same, so removing "Theater" removes every sense of it the card showed as one.
    /// </summary>
    public IReadOnlyList<string> Namesakes(IReadOnlyList<CompetenceTag>? tags, string competenceId, Language language)
    {
        var text = vocabulary.Find(competenceId, language)?.Text;
        var namesakes = (tags ?? [])
            .Where(t => t.CompetenceId != competenceId && (IsShown(t) || IsMention(t)))
            .Where(t => text is not null && vocabulary.Find(t.CompetenceId, language)?.Text == text)
            .Select(t => t.CompetenceId);
        return [competenceId, .. namesakes.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>"✨ Du bietest: Live-Sound · Mobile Aufnahmen", or that nothing was recognised yet.</summary>
    public string Line(LabelSide side, IReadOnlyList<CompetenceTag>? tags, Language language)
    {
        var shown = Shown(tags, language);
        var list = shown.Count == 0 ? texts.Get(language, TextKeys.LabelsNone) : string.Join(" · ", shown.Select(l => l.On(side)));
        return texts.Format(language, side == LabelSide.Offer ? TextKeys.LabelsOffers : TextKeys.LabelsSeeks, list);
    }

    /// <summary>The block under a profile card. The seek line is left out for a member who seeks nothing.</summary>
    public string Block(MemberDraft draft, Language language)
    {
        var builder = new StringBuilder(texts.Get(language, TextKeys.LabelsUnderstood)).Append('\n');
        builder.Append(Line(LabelSide.Offer, draft.OfferTags, language));
        if (!string.IsNullOrEmpty(draft.Seeks) || Shown(draft.SeekTags, language).Count > 0)
        {
            builder.Append('\n').Append(Line(LabelSide.Seek, draft.SeekTags, language));
        }

        // a word already on an understood line is not listed again as merely mentioned; its own button still is
        var understood = Shown(draft.OfferTags, language).Concat(Shown(draft.SeekTags, language)).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var mentioned = Mentioned(draft.OfferTags, language).Concat(Mentioned(draft.SeekTags, language))
            .Select(l => l.Text).Where(t => !understood.Contains(t)).Distinct().ToList();
        if (mentioned.Count > 0)
        {
            builder.Append('\n').Append(texts.Format(language, TextKeys.LabelsMentioned, string.Join(" · ", mentioned)));
        }

        return builder.ToString();
    }

    /// <summary>Remove buttons for the top labels of each side (a row each), then "something's missing" for both.</summary>
    public IReadOnlyList<ChatButton> Buttons(MemberDraft draft, Language language)
    {
        var buttons = new List<ChatButton>();
        foreach (var side in new[] { LabelSide.Offer, LabelSide.Seek })
        {
            var format = side == LabelSide.Offer ? TextKeys.LabelsRemoveOffer : TextKeys.LabelsRemoveSeek;
            var mentionFormat = side == LabelSide.Offer ? TextKeys.LabelsRemoveMentionedOffer : TextKeys.LabelsRemoveMentionedSeek;
            var understood = Shown(draft.TagsOf(side), language).Select(l => (Label: l, Text: texts.Format(language, format, l.On(side))));
            var mentioned = Mentioned(draft.TagsOf(side), language).Select(l => (Label: l, Text: texts.Format(language, mentionFormat, l.Text)));
            buttons.AddRange(understood.Concat(mentioned)
                .Take(MaxRemoveButtonsPerSide)
                .Select((b, i) => new ChatButton($"{ButtonPrefix}:rm:{Code(side)}:{b.Label.Id}", b.Text) { StartsRow = i == 0 }));
        }

        buttons.Add(new ChatButton($"{ButtonPrefix}:add:{Code(LabelSide.Offer)}", texts.Get(language, TextKeys.LabelsAddOffer)) { StartsRow = true });
        buttons.Add(new ChatButton($"{ButtonPrefix}:add:{Code(LabelSide.Seek)}", texts.Get(language, TextKeys.LabelsAddSeek)));
        return buttons;
    }

    /// <summary>
    /// A question with the closest entries as buttons, and "none of these". <paramref name="prefix"/> routes
    /// the presses: the interview's own labels, or another feature's (a project's roles) that shows labels the same way.
    /// </summary>
    public ChatReply Choice(string question, LabelSide side, IReadOnlyList<CompetenceLabel> found, Language language, string prefix = ButtonPrefix)
    {
        var buttons = found.Select(l => new ChatButton($"{prefix}:pick:{Code(side)}:{l.Id}", l.Text)).ToList();
        buttons.Add(new ChatButton($"{prefix}:none:{Code(side)}", texts.Get(language, TextKeys.LabelsNoneOfThese)) { StartsRow = true });
        return new ChatReply(question, buttons);
    }

    /// <summary>
    /// Sectors follow from what the member offers ("Gitarre, Bass, Drums" is music), never from verbs; work
    /// done in every sector (lessons) counts only when nothing else names one: a dancer who teaches is no musician.
    /// </summary>
    public IReadOnlyList<Sector> Sectors(IReadOnlyList<CompetenceTag>? offers)
    {
        var offered = Shown(offers, Language.De).Where(l => l.CanOffer && l.Sector is not null).ToList();
        var own = offered.Where(l => !l.IsAnySector).ToList();
        return (own.Count > 0 ? own : offered)
            .Select(l => l.Sector!.Value)
            .Distinct()
            .Order()
            .ToList();
    }

    public static string Code(LabelSide side) => side == LabelSide.Offer ? "o" : "s";

    public static LabelSide? ParseSide(string code) => code switch
    {
        "o" => LabelSide.Offer,
        "s" => LabelSide.Seek,
        _ => null,
    };
}
