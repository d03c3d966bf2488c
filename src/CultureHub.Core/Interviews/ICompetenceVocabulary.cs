using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// A competence as a member sees it: its label in their language and the sector it belongs to.
/// <see cref="CanOffer"/> and <see cref="CanSeek"/> say on which side of a profile it may stand
/// (a stage to play on can be sought, not offered).
/// </summary>
public sealed record CompetenceLabel(string Id, string Text, Sector? Sector, bool CanOffer, bool CanSeek = true)
{
    /// <summary>Work done in every sector (lessons, workshops): it decides a member's sectors only when nothing else does.</summary>
    public bool IsAnySector { get; init; }

    /// <summary>The label as the object of "Du suchst …" ("eine Band"); the label itself where none is known.</summary>
    public string? Sought { get; init; }

    public bool Fits(LabelSide side) => side == LabelSide.Offer ? CanOffer : CanSeek;

    /// <summary>How the label reads on one side of a profile.</summary>
    public string On(LabelSide side) => side == LabelSide.Seek ? Sought ?? Text : Text;
}

/// <summary>
/// What the interview needs to show members what was understood and let them correct it: a name for
/// each competence id, and the entries closest to what a member typed. The matcher provides the real one.
/// </summary>
public interface ICompetenceVocabulary
{
    /// <summary>Null for an id the vocabulary does not know (any more).</summary>
    CompetenceLabel? Find(string competenceId, Language language);

    /// <summary>The closest entries that fit the side, best first; empty when nothing comes close.</summary>
    IReadOnlyList<CompetenceLabel> Suggest(string phrase, LabelSide side, Language language, int max);
}

/// <summary>The vocabulary of a host without the matcher: it knows no competences, so no labels are shown.</summary>
public sealed class NoCompetenceVocabulary : ICompetenceVocabulary
{
    public CompetenceLabel? Find(string competenceId, Language language) => null;

    public IReadOnlyList<CompetenceLabel> Suggest(string phrase, LabelSide side, Language language, int max) => [];
}
