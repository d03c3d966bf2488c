using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>Turns a confirmed draft into a stored profile: a new member, or the edited one.</summary>
public sealed class ProfileCompletion(
    IInterviewStore sessions,
    IMemberStore members,
    ICompetenceExtractor extractor,
    TimeProvider time,
    ICompetenceAssistant? competences = null)
{
    public async Task<(Member Member, bool IsNew)> SaveAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var draft = session.Draft;
        var existing = session.MemberId is { } id ? await members.GetAsync(id, cancellationToken) : null;
        var now = time.GetUtcNow();
        var offers = draft.Offers ?? string.Empty;
        var seeks = draft.Seeks ?? string.Empty;
        var tags = await TagsAsync(offers, seeks, session, cancellationToken);
        var member = (existing ?? new Member
        {
            Id = MemberIds.New(),
            DisplayName = draft.Name ?? context.Sender.DisplayName ?? "?",
            Consent = session.Consent,
            Identities = [context.Identity],
            Username = context.Sender.Username,
            Source = session.Source,
            CreatedAt = now,
        }) with
        {
            DisplayName = draft.Name ?? existing?.DisplayName ?? "?",
            Language = session.Language,
            Town = draft.Town,
            Sectors = draft.Sectors,
            Offers = offers,
            Seeks = seeks,
            OfferTags = tags.Offers,
            SeekTags = tags.Seeks,
            Links = draft.Links ?? [],
            UpdatedAt = now,
        };
        await members.UpsertAsync(member, cancellationToken);
        await sessions.DeleteAsync(session.IdentityKey, cancellationToken);
        return (member, existing is null);
    }

    /// <summary>The offline reading, merged with the model's for members who allowed it.</summary>
    private async Task<CompetenceExtraction> TagsAsync(string offers, string seeks, InterviewSession session, CancellationToken cancellationToken)
    {
        var tags = extractor.Extract(offers, seeks, session.Language);
        if (competences is null || !session.Consent.AllowsLlm)
        {
            return tags;
        }

        var assisted = await competences.ExtractAsync(offers, seeks, session.Language, cancellationToken);
        return assisted is null ? tags : tags.Merge(assisted);
    }
}
