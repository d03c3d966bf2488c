using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>
/// What the member sees of the reading right after answering what they offer or seek. Understood
/// labels ride along with the next question, so an understood answer costs no extra turn; an answer
/// nothing was understood from is met once with its closest entries to pick from (or "none of these"),
/// sent before the next question so the member may also just go on; one written in neither German nor
/// English is told so instead, since suggestions read from it would be noise.
/// </summary>
public sealed class AnswerFeedback(UnderstoodLabels labels, TextCatalog texts)
{
    /// <param name="replies">What the interview answers anyway; the last one is the next question or the card.</param>
    /// <param name="isCard">The card is next: it shows the labels itself.</param>
    /// <param name="isFollowUp">The language model asks its own follow-up: no second question on top.</param>
    public IReadOnlyList<ChatReply> Around(
        IReadOnlyList<ChatReply> replies, MemberDraft before, MemberDraft after, Language language, bool isCard, bool isFollowUp)
    {
        var understood = new List<string>();
        var questions = new List<ChatReply>();
        foreach (var side in new[] { LabelSide.Offer, LabelSide.Seek })
        {
            var words = side == LabelSide.Offer ? after.Offers : after.Seeks;
            var earlier = side == LabelSide.Offer ? before.Offers : before.Seeks;
            if (string.IsNullOrWhiteSpace(words) || string.Equals(words, earlier, StringComparison.Ordinal))
            {
                continue;
            }

            if (labels.Shown(after.TagsOf(side), language).Count > 0)
            {
                understood.Add(labels.Line(side, after.TagsOf(side), language));
            }
            else if (!isFollowUp && LanguageGuesser.IsNeither(words))
            {
                // Suggestions read from a language the vocabulary does not know would be noise.
                questions.Add(new ChatReply(texts.Get(language, TextKeys.LabelsOtherLanguage)));
            }
            else if (!isFollowUp && labels.Vocabulary.Suggest(words, side, language, UnderstoodLabels.MaxSuggestions) is { Count: > 0 } found)
            {
                var key = side == LabelSide.Offer ? TextKeys.LabelsNotUnderstoodOffer : TextKeys.LabelsNotUnderstoodSeek;
                questions.Add(labels.Choice(texts.Get(language, key), side, found, language));
            }
        }

        // a town read from what the member said about themselves skips the town question: they see it here
        if (before.Town is null && after.Town is { } town && !string.Equals(before.Offers, after.Offers, StringComparison.Ordinal))
        {
            understood.Add(texts.Format(language, TextKeys.LabelsTownFromAnswer, town.Text));
        }

        if (replies.Count == 0 || (questions.Count == 0 && (understood.Count == 0 || isCard)))
        {
            return replies;
        }

        var last = replies[^1];
        var next = understood.Count == 0 || isCard
            ? last
            : last with { Text = texts.Get(language, TextKeys.LabelsUnderstood) + "\n" + string.Join("\n", understood) + "\n\n" + last.Text };
        return [.. replies.Take(replies.Count - 1), .. questions, next];
    }
}
