using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

public sealed partial class InterviewAnswers
{
    private const int MaxFollowUpLength = 300;

    /// <summary>
    /// Takes what an assistant read from an answer, under the same limits as the offline reader:
    /// it may set the current step's field and fields not asked yet, never overwrite earlier answers.
    /// Null when it brought nothing usable, so the offline reader takes the answer instead.
    /// </summary>
    public AnswerOutcome? ApplyAssisted(InterviewSession session, InterviewAssistance assistance)
    {
        var step = session.Step;
        var before = session.Draft;
        var update = assistance.Update;
        var draft = before;
        if (Mayset(step, InterviewStep.Name, before.Name) && Clean(update.Name, AnswerReader.MaxNameLength) is { } name && name.Any(char.IsLetterOrDigit))
        {
            draft = draft with { Name = name };
        }

        if (Mayset(step, InterviewStep.Offers, before.Offers) && Clean(update.Offers, AnswerReader.MaxFreeTextLength) is { } offers)
        {
            draft = draft with { Offers = offers };
        }

        if (Mayset(step, InterviewStep.Seeks, before.Seeks) && Clean(update.Seeks, AnswerReader.MaxFreeTextLength) is { } seeks)
        {
            draft = draft with { Seeks = seeks };
        }

        if (Mayset(step, InterviewStep.Town, before.Town?.Text) && Clean(update.Town, AnswerReader.MaxNameLength) is { } town)
        {
            draft = draft with { Town = ResolveTown(town) };
        }

        draft = WithAssistedSectors(draft, step, update.Sectors);
        if (step == InterviewStep.Links && update.Links is { Count: > 0 } links)
        {
            var read = AnswerReader.ReadLinks(string.Join(' ', links));
            draft = read.Count > 0 ? draft with { Links = read } : draft;
        }

        var followUp = Clean(assistance.FollowUp, MaxFollowUpLength);
        return draft == before && followUp is null ? null : new AnswerOutcome(draft, FollowUp: followUp, Next: assistance.Next);
    }

    private static MemberDraft WithAssistedSectors(MemberDraft draft, InterviewStep step, IReadOnlyList<string>? ids)
    {
        var sectors = (ids ?? []).Select(Sectors.Parse).OfType<Sector>().Distinct().Order().ToList();
        if (sectors.Count == 0 || (step != InterviewStep.Sectors && (draft.Sectors.Count > 0 || draft.HasChosenSectors)))
        {
            return draft;
        }

        return draft with { Sectors = sectors, HasChosenSectors = draft.HasChosenSectors || step == InterviewStep.Sectors };
    }

    private static bool Mayset(InterviewStep current, InterviewStep field, string? value) => current == field || value is null;

    private static string? Clean(string? text, int limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = AnswerReader.Collapse(text);
        return clean.Length <= limit ? clean : clean[..limit];
    }
}
