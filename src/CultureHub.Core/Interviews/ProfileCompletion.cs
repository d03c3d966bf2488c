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
    DraftReading reading,
    UnderstoodLabels labels,
    TimeProvider time)
{
    public async Task<(Member Member, bool IsNew)> SaveAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var draft = await reading.CompleteAsync(session.Draft, session, cancellationToken);
        var now = time.GetUtcNow();
        var offers = draft.Offers ?? string.Empty;
        var seeks = draft.Seeks ?? string.Empty;
        Member Apply(Member member) => member with
        {
            DisplayName = draft.Name ?? member.DisplayName,
            Language = session.Language,
            Town = draft.Town,
            Sectors = draft.Sectors,
            Offers = offers,
            Seeks = seeks,
            OfferTags = Confirmed(draft.OfferTags, session.Language),
            SeekTags = Confirmed(draft.SeekTags, session.Language),
            Corrections = draft.Corrections,
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

    /// <summary>Saving the card is "passt": every label it showed is confirmed by the member.</summary>
    private List<CompetenceTag> Confirmed(IReadOnlyList<CompetenceTag>? tags, Language language)
    {
        var shown = labels.Shown(tags, language).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return (tags ?? []).Select(t => shown.Contains(t.CompetenceId) ? t with { IsConfirmed = true } : t).ToList();
    }
}
