using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Turns a confirmed draft into a stored profile: a new member, or the edited one. An edit changes
/// only the interview's fields of the member as stored now, so a job that paused matching or marked
/// a platform unreachable meanwhile keeps its change.
/// </summary>
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
        var now = time.GetUtcNow();
        var offers = draft.Offers ?? string.Empty;
        var seeks = draft.Seeks ?? string.Empty;
        var tags = await TagsAsync(offers, seeks, session, cancellationToken);
        Member Apply(Member member) => member with
        {
            DisplayName = draft.Name ?? member.DisplayName,
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

        // A new member's session names no member; one that does exist for this identity was saved
        // by a confirmation that a crash cut short before the session was closed: complete that one.
        var existingId = session.MemberId ?? context.Member?.Id;
        var edited = existingId is null ? null : await members.UpdateAsync(existingId, Apply, cancellationToken);
        var member = edited ?? Apply(new Member
        {
            Id = MemberIds.New(),
            DisplayName = draft.Name ?? context.Sender.DisplayName ?? "?",
            Consent = session.Consent,
            Identities = [context.Identity],
            Username = context.Sender.Username,
            Source = session.Source,
            CreatedAt = now,
        });
        if (edited is null)
        {
            await members.UpsertAsync(member, cancellationToken);
        }

        await sessions.DeleteAsync(session.IdentityKey, cancellationToken);
        return (member, edited is null);
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
