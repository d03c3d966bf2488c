using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// A <see cref="MatchIndex"/> over the whole community that is kept, not rebuilt: each time it is
/// handed the current members, only those whose profile changed since the last time are read again
/// and replaced, members who are gone (deleted, paused, unreachable) are removed, and everyone else
/// stays as compiled. Not thread-safe: the caller serialises access.
/// </summary>
internal sealed class LiveMatchIndex(CompetenceTaxonomy taxonomy, ProfileReader reader)
{
    private readonly Dictionary<string, Member> _members = new(StringComparer.Ordinal);

    public MatchIndex Index { get; } = new(taxonomy);

    public Member? Member(string id) => _members.GetValueOrDefault(id);

    /// <summary>Brings the index to exactly <paramref name="members"/>; returns how many profiles were read again.</summary>
    public int Sync(IReadOnlyList<Member> members)
    {
        var current = new HashSet<string>(members.Count, StringComparer.Ordinal);
        var read = 0;
        foreach (var member in members)
        {
            current.Add(member.Id);
            if (_members.TryGetValue(member.Id, out var known) && IsSameForMatching(known, member))
            {
                continue;
            }

            Index.Upsert(MatchProfile.From(member, reader));
            _members[member.Id] = member;
            read++;
        }

        if (_members.Count > current.Count)
        {
            foreach (var gone in _members.Keys.Where(id => !current.Contains(id)).ToList())
            {
                Index.Remove(gone);
                _members.Remove(gone);
            }
        }

        return read;
    }

    /// <summary>Everything <see cref="MatchProfile.From"/> reads; a change to any of it re-reads the member.</summary>
    internal static bool IsSameForMatching(Member a, Member b) =>
        ReferenceEquals(a, b) || (a.IsMatchingPaused == b.IsMatchingPaused
            && a.Language == b.Language
            && string.Equals(a.DisplayName, b.DisplayName, StringComparison.Ordinal)
            && string.Equals(a.Offers, b.Offers, StringComparison.Ordinal)
            && string.Equals(a.Seeks, b.Seeks, StringComparison.Ordinal)
            && Equals(a.Town, b.Town)
            && a.Sectors.SequenceEqual(b.Sectors)
            && a.OfferTags.SequenceEqual(b.OfferTags)
            && a.SeekTags.SequenceEqual(b.SeekTags)
            && a.Corrections.IsSameAs(b.Corrections));
}
