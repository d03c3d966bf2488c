namespace CultureHub.Core.Members;

/// <summary>The two halves of a profile that competences are read from.</summary>
public enum LabelSide
{
    Offer,
    Seek,
}

/// <summary>
/// What a member corrected in what was understood from their words: labels they added themselves
/// and labels they removed. Kept with the profile and applied to every new reading, so a removed
/// label never comes back from the same (or edited) words, and an added one stays until removed.
/// </summary>
public sealed record LabelCorrections
{
    public static LabelCorrections None { get; } = new();

    public IReadOnlyList<string> AddedOffers { get; init; } = [];

    public IReadOnlyList<string> RemovedOffers { get; init; } = [];

    public IReadOnlyList<string> AddedSeeks { get; init; } = [];

    public IReadOnlyList<string> RemovedSeeks { get; init; } = [];

    public bool IsEmpty => AddedOffers.Count + RemovedOffers.Count + AddedSeeks.Count + RemovedSeeks.Count == 0;

    /// <summary>The same corrections, list by list (records compare lists by reference).</summary>
    public bool IsSameAs(LabelCorrections other) =>
        ReferenceEquals(this, other) || (AddedOffers.SequenceEqual(other.AddedOffers, StringComparer.Ordinal)
            && RemovedOffers.SequenceEqual(other.RemovedOffers, StringComparer.Ordinal)
            && AddedSeeks.SequenceEqual(other.AddedSeeks, StringComparer.Ordinal)
            && RemovedSeeks.SequenceEqual(other.RemovedSeeks, StringComparer.Ordinal));

    public IReadOnlyList<string> Added(LabelSide side) => side == LabelSide.Offer ? AddedOffers : AddedSeeks;

    public IReadOnlyList<string> Removed(LabelSide side) => side == LabelSide.Offer ? RemovedOffers : RemovedSeeks;

    /// <summary>The member added the label: it is no longer removed.</summary>
    public LabelCorrections WithAdded(LabelSide side, string competenceId) =>
        With(side, [.. Added(side).Append(competenceId).Distinct(StringComparer.Ordinal)], [.. Removed(side).Where(id => id != competenceId)]);

    /// <summary>The member removed the label: if they had added it, that is undone too.</summary>
    public LabelCorrections WithRemoved(LabelSide side, string competenceId) =>
        With(side, [.. Added(side).Where(id => id != competenceId)], [.. Removed(side).Append(competenceId).Distinct(StringComparer.Ordinal)]);

    /// <summary>A reading of the member's words, corrected: removed labels dropped, added ones present and confirmed.</summary>
    public IReadOnlyList<CompetenceTag> Apply(LabelSide side, IReadOnlyList<CompetenceTag> read)
    {
        var added = Added(side);
        var removed = Removed(side);
        var tags = read
            .Where(t => !removed.Contains(t.CompetenceId, StringComparer.Ordinal))
            .Select(t => added.Contains(t.CompetenceId, StringComparer.Ordinal) ? t with { IsConfirmed = true } : t)
            .ToList();
        tags.AddRange(added
            .Where(id => !tags.Exists(t => t.CompetenceId == id))
            .Select(id => new CompetenceTag(id, 1.0, IsConfirmed: true)));
        return tags;
    }

    private LabelCorrections With(LabelSide side, IReadOnlyList<string> added, IReadOnlyList<string> removed) => side == LabelSide.Offer
        ? this with { AddedOffers = added, RemovedOffers = removed }
        : this with { AddedSeeks = added, RemovedSeeks = removed };
}
