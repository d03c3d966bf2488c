using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// One term of an analysed text. <see cref="Surface"/> is lower-cased and normalised but not stemmed;
/// <see cref="IsSubword"/> marks a part found inside a compound, at the compound's position.
/// </summary>
public sealed record AnalyzedToken(int Position, string Surface, string Stem, bool IsSubword);

/// <summary>Turns text into normalised terms (the port behind which a text-analysis library sits).</summary>
public interface ITermAnalyzer
{
    IReadOnlyList<AnalyzedToken> Analyze(string text, Language language);
}
