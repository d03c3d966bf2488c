using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// One term of an analysed text. <see cref="Surface"/> is lower-cased and normalised but not stemmed;
/// <see cref="IsSubword"/> marks a part found inside a compound, at the compound's position;
/// <see cref="IsModifier"/> marks such a part that is not the compound's head (German compounds mean
/// their last part: "Bandfotos" are photos, "Bandverträge" contracts — neither is a band).
/// </summary>
public sealed record AnalyzedToken(int Position, string Surface, string Stem, bool IsSubword, bool IsModifier = false);

/// <summary>Turns text into normalised terms (the port behind which a text-analysis library sits).</summary>
public interface ITermAnalyzer
{
    IReadOnlyList<AnalyzedToken> Analyze(string text, Language language);
}
