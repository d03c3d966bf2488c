using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Keeps what was understood from a draft in step with its words: a side is read again when its
/// words change, the member's corrections are applied to every reading, and until the member chose
/// their sectors, the sectors follow what they offer.
/// </summary>
public sealed class DraftReading(ICompetenceExtractor extractor, UnderstoodLabels labels, ICompetenceAssistant? assistant = null)
{
    /// <summary>Reads the sides whose words differ from <paramref name="before"/> (or were never read).</summary>
    public MemberDraft Refresh(MemberDraft before, MemberDraft draft, Language language)
    {
        var isOffersStale = draft.OfferTags is null || !string.Equals(before.Offers, draft.Offers, StringComparison.Ordinal);
        var isSeeksStale = draft.SeekTags is null || !string.Equals(before.Seeks, draft.Seeks, StringComparison.Ordinal);
        if (!isOffersStale && !isSeeksStale)
        {
            return draft;
        }

        var read = extractor.Extract(isOffersStale ? draft.Offers ?? string.Empty : string.Empty, isSeeksStale ? draft.Seeks ?? string.Empty : string.Empty, language);
        var updated = draft with { HasAssistedReading = false };
        if (isOffersStale)
        {
            updated = updated.WithTags(LabelSide.Offer, draft.Corrections.Apply(LabelSide.Offer, read.Offers));
        }

        if (isSeeksStale)
        {
            updated = updated.WithTags(LabelSide.Seek, draft.Corrections.Apply(LabelSide.Seek, read.Seeks));
        }

        return WithSectors(updated);
    }

    /// <summary>
    /// Before the card is shown: anything unread is read, and for members who allowed it the language
    /// model's reading is merged in once per wording, so the card shows everything that will be stored.
    /// </summary>
    public async Task<MemberDraft> CompleteAsync(MemberDraft draft, InterviewSession session, CancellationToken cancellationToken)
    {
        var read = Refresh(draft, draft, session.Language);
        var offers = read.Offers ?? string.Empty;
        var seeks = read.Seeks ?? string.Empty;
        if (read.HasAssistedReading || assistant is null || !session.Consent.AllowsLlm || offers.Length + seeks.Length == 0)
        {
            return read;
        }

        var assisted = await assistant.ExtractAsync(offers, seeks, session.Language, cancellationToken);
        var merged = read with { HasAssistedReading = true };
        if (assisted is null)
        {
            return merged;
        }

        var union = new CompetenceExtraction(read.OfferTags ?? [], read.SeekTags ?? []).Merge(assisted);
        merged = merged
            .WithTags(LabelSide.Offer, read.Corrections.Apply(LabelSide.Offer, union.Offers))
            .WithTags(LabelSide.Seek, read.Corrections.Apply(LabelSide.Seek, union.Seeks));
        return WithSectors(merged);
    }

    /// <summary>The member added or removed one label.</summary>
    public MemberDraft Correct(MemberDraft draft, LabelSide side, string competenceId, bool isAdded)
    {
        var corrections = isAdded ? draft.Corrections.WithAdded(side, competenceId) : draft.Corrections.WithRemoved(side, competenceId);
        var tags = corrections.Apply(side, draft.TagsOf(side) ?? []);
        return WithSectors((draft with { Corrections = corrections }).WithTags(side, tags));
    }

    /// <summary>The member's own choice of sectors stands; before it, the sectors of what they offer.</summary>
    public MemberDraft WithSectors(MemberDraft draft)
    {
        if (draft.HasChosenSectors)
        {
            return draft;
        }

        var inferred = labels.Sectors(draft.OfferTags);
        return inferred.Count == 0 ? draft : draft with { Sectors = inferred };
    }
}
