using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// One term of an analysed text. <see cref="Surface"/> is lower-cased and normalised but not stemmed;
/// <see cref="IsSubword"/> marks a part found inside a compound, at the compound's position;
/// <see cref="IsModifier"/> marks such a part that is not the compound's head (German compounds mean
/// their last part: "Bandfotos" are photos, "Bandverträge" contracts — neither is a band).
/// <see cref="Start"/> and <see cref="End"/> are the word's character offsets in the text (-1 when unknown),
/// so the reader can see the punctuation and capitals between and in the words.
/// </summary>
public sealed record AnalyzedToken(int Position, string Surface, string Stem, bool IsSubword, bool IsModifier = false, int Start = -1, int End = -1);

/// <summary>Turns text into normalised terms (the port behind which a text-analysis library sits).</summary>
public interface ITermAnalyzer
{
    IReadOnlyList<AnalyzedToken> Analyze(string text, Language language);
}
