using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace CultureHub.Analysis;

/// <summary>
/// Lucene.Net analysis behind Core's <see cref="ITermAnalyzer"/> port. German: normalisation (umlauts,
/// ß), decompounding against the taxonomy's own vocabulary, light stemming. English: Porter stemming.
/// Each word is kept twice (unstemmed surface and stem) so the taxonomy can match word starts too.
/// </summary>
public sealed class LuceneTermAnalyzer : ITermAnalyzer, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const int MinWordSize = 5;
    private const int MinSubwordSize = 4;
    private const int MaxSubwordSize = 20;
    private const int MaxInflectionTail = 4;
    /// <summary>
    /// Gender-inclusive spellings ("Musiker:innen", "Künstler*innen", "Autor_innen", "TänzerInnen")
    /// read as the base word, so one synonym covers every way people write them.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex GenderForm = new(
        @"(?<=\p{L}{2})(?::|\*|_|/-?|·)innen\b|(?<=\p{Ll}{2})Innen\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private readonly Analyzer _german;
    private readonly Analyzer _english;

    /// <param name="compoundParts">Words that may appear inside German compounds (the taxonomy's vocabulary).</param>
    public LuceneTermAnalyzer(IEnumerable<string> compoundParts)
    {
        using var normalizer = Analyzer.NewAnonymous(
            (_, reader) =>
            {
                var source = new StandardTokenizer(Version, reader);
                return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(Version, source)));
            },
            WithBaseWords);
        var dictionary = new CharArraySet(Version, 512, ignoreCase: true);
        foreach (var part in compoundParts)
        {
            foreach (var word in Terms(normalizer, part.TrimEnd('*')).Where(w => w.Length >= MinSubwordSize))
            {
                dictionary.Add(word);
            }
        }

        _german = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream chain = new LowerCaseFilter(Version, source);
            chain = new GermanNormalizationFilter(chain);
            chain = new DictionaryCompoundWordTokenFilter(Version, chain, dictionary, MinWordSize, MinSubwordSize, MaxSubwordSize, false);
            chain = new KeywordRepeatFilter(chain);
            return new TokenStreamComponents(source, new GermanLightStemFilter(chain));
        }, WithBaseWords);
        _english = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream chain = new LowerCaseFilter(Version, source);
            chain = new EnglishPossessiveFilter(Version, chain);
            chain = new ASCIIFoldingFilter(chain);
            chain = new KeywordRepeatFilter(chain);
            return new TokenStreamComponents(source, new PorterStemFilter(chain));
        }, WithBaseWords);
    }

    /// <summary>A part is the head when it ends the compound, give or take an inflection ending.</summary>
    private static bool IsHead(string compound, string part) => TailOf(compound, part) is { } tail && IsInflection(tail);

    /// <summary>
    /// A part is a word of the compound only when what follows it is an inflection ending or long enough to be
    /// a word of its own: "gemacht" holds the letters of "GEMA", but "cht" is neither, so it is no compound.
    /// </summary>
    private static bool IsPart(string compound, string part) =>
        TailOf(compound, part) is { } tail && (IsInflection(tail) || tail.Length >= MinSubwordSize);

    /// <summary>
    /// A word ending in a hyphen before a space or comma is the first half of a compound whose head comes later
    /// ("Label-, Verlags- und Bandverträge" are contracts): it modifies, it names no role of its own.
    /// </summary>
    private static bool IsElided(string text, int end) =>
        end > 0 && end < text.Length - 1 && text[end] == '-' && !char.IsLetterOrDigit(text[end + 1]);

    private static string? TailOf(string compound, string part)
    {
        var at = compound.LastIndexOf(part, StringComparison.Ordinal);
        return at < 0 ? null : compound[(at + part.Length)..];
    }

    // German inflection and the feminine ending are made of these letters only ("-e", "-en", "-ern", "-es", "-in", "-innen").
    private static bool IsInflection(string tail) => tail.Length <= MaxInflectionTail && tail.All(c => "ensri".Contains(c, StringComparison.Ordinal));

    private static TextReader WithBaseWords(string field, TextReader reader) => new PatternReplaceCharFilter(GenderForm, string.Empty, reader);

    public IReadOnlyList<AnalyzedToken> Analyze(string text, Language language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = Tokens(text, language);
        return language == Language.De ? ElidedCompounds.Complete(tokens, end => IsElided(text, end), word => Tokens(word, language)) : tokens;
    }

    private List<AnalyzedToken> Tokens(string text, Language language)
    {
        var result = new List<AnalyzedToken>();

        using var stream = (language == Language.En ? _english : _german).GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        var partsHere = 0;
        string? surface = null;
        var whole = string.Empty;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0)
            {
                position += increment.PositionIncrement;
                partsHere = 0;
            }

            if (keyword.IsKeyword)
            {
                surface = term.ToString();
                continue;
            }

            // KeywordRepeatFilter sends the unstemmed copy first, then the stemmed one at the same position.
            var word = surface ?? term.ToString();
            if (partsHere == 0)
            {
                whole = word;
            }
            else if (!IsPart(whole, word))
            {
                surface = null;
                continue;
            }

            var isModifier = IsElided(text, offset.EndOffset) || (partsHere > 0 && !IsHead(whole, word));
            result.Add(new AnalyzedToken(position, word, term.ToString(), partsHere > 0, isModifier, offset.StartOffset, offset.EndOffset));
            partsHere++;
            surface = null;
        }

        stream.End();
        return result;
    }

    public void Dispose()
    {
        _german.Dispose();
        _english.Dispose();
    }

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}
