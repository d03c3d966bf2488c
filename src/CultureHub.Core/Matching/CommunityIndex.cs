using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// The one index over the whole community that <c>/match</c> and the project team search share, kept
/// current instead of rebuilt per question (<see cref="LiveMatchIndex"/>): each question hands over the
/// members it may propose, only changed profiles are read again. A small pool gets an index of its own,
/// which costs less than bringing the community's index to it and back.
/// </summary>
public sealed class CommunityIndex(CompetenceTaxonomy taxonomy, ProfileReader reader)
{
    /// <summary>Below this many members a fresh index costs less than keeping the community's index in step.</summary>
    public const int SmallPool = 200;

    private readonly LiveMatchIndex _live = new(taxonomy, reader);
    private readonly Lock _gate = new();

    /// <summary>How many members the kept index holds (none until a large community was read).</summary>
    public int KeptMembers
    {
        get
        {
            lock (_gate)
            {
                return _live.Index.Count;
            }
        }
    }

    /// <summary>Brings the kept index to <paramref name="members"/> ahead of a question; returns how many profiles were read.</summary>
    public int WarmUp(IReadOnlyList<Member> members)
    {
        if (members.Count < SmallPool)
        {
            return 0;
        }

        lock (_gate)
        {
            return _live.Sync(members);
        }
    }

    /// <summary>
    /// Answers <paramref name="question"/> over an index of exactly <paramref name="members"/>, with a way to
    /// look a member up by id. The kept index is held for the question, so keep questions short and synchronous.
    /// </summary>
    public T Ask<T>(IReadOnlyList<Member> members, Func<MatchIndex, Func<string, Member?>, T> question)
    {
        if (members.Count < SmallPool)
        {
            var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
            return question(Build(members), byId.GetValueOrDefault);
        }

        lock (_gate)
        {
            _live.Sync(members);
            return question(_live.Index, _live.Member);
        }
    }

    public MatchIndex Build(IReadOnlyList<Member> members) =>
        new(members.Select(m => MatchProfile.From(m, reader)).ToList(), taxonomy);
}
