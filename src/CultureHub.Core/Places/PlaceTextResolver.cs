namespace CultureHub.Core.Places;

/// <summary>
/// Finds the place in a member's answer, from the surest reading to the loosest: the whole answer
/// as a name (after dropping words like "ich wohne in" or "Landkreis"), then as a district name
/// ("Emsland" → its largest town), a name inside a sentence, the whole answer with a typo, and a
/// name with a typo right after "in", "bei", "aus" or "near".
/// </summary>
internal sealed class PlaceTextResolver(PlaceNameIndex index)
{
    private const double Exact = 1.0;
    private const double DistrictName = 0.9;
    private const double InSentenceAfterCue = 0.9;
    private const double InSentence = 0.8;
    private const double DistrictPenalty = 0.05;
    private const double OneTypo = 0.8;
    private const double TwoTypos = 0.65;
    private const double TypoInSentence = 0.9;

    public PlaceMatch? Resolve(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tokens = PlaceNameFolding.Tokens(PlaceNameFolding.Fold(text));
        var withoutBrackets = PlaceNameFolding.Tokens(PlaceNameFolding.Fold(PlaceNameFolding.WithoutBrackets(text)));
        if (withoutBrackets.Length == 0) return null;
        return MatchWhole(tokens, isDistrict: false)
            ?? MatchWhole(withoutBrackets, isDistrict: false)
            ?? MatchWhole(withoutBrackets, isDistrict: true)
            ?? ScanSentence(withoutBrackets)
            ?? FuzzyWhole(withoutBrackets)
            ?? FuzzyAfterCues(withoutBrackets);
    }

    private PlaceMatch? MatchWhole(string[] tokens, bool isDistrict)
    {
        for (var start = 0; start < tokens.Length; start++)
        {
            for (var end = tokens.Length; end > start; end--)
            {
                var key = string.Join(' ', tokens, start, end - start);
                if (isDistrict && index.District(key) is { } inDistrict)
                    return new PlaceMatch(inDistrict, DistrictName);
                var compact = key.Replace(" ", "", StringComparison.Ordinal);
                if (!isDistrict && (index.Exact(key) ?? index.Exact(compact)) is { } place)
                    return new PlaceMatch(place, Exact);
                if (!PlaceTextWords.IsTrailing(tokens[end - 1])) break;
            }
            if (!PlaceTextWords.IsLeading(tokens[start])) break;
        }
        return null;
    }

    private PlaceMatch? ScanSentence(string[] tokens)
    {
        SentenceHit? best = null;
        for (var start = 0; start < tokens.Length; start++)
        {
            var isCued = start > 0 && PlaceTextWords.IsCue(tokens[start - 1]);
            var isHome = isCued && IsAfterHomeWord(tokens, start - 1);
            for (var length = Math.Min(index.MaxTokens, tokens.Length - start); length >= 1; length--)
            {
                var key = string.Join(' ', tokens, start, length);
                if (length == 1 && !IsPlausibleSingleWord(key, isCued)) continue;
                var place = index.Exact(key);
                var isDistrict = place is null;
                place ??= index.District(key);
                if (place is null) continue;
                var hit = new SentenceHit(place, isCued, isHome, isDistrict, length, PlaceTextWords.IsNearAt(tokens, start + length));
                if (best is not { } current || hit.IsBetterThan(current)) best = hit;
                break;
            }
        }
        if (best is not { } found) return null;
        var confidence = (found.IsCued ? InSentenceAfterCue : InSentence) - (found.IsDistrict ? DistrictPenalty : 0);
        return new PlaceMatch(found.Place, confidence);
    }

    private PlaceMatch? FuzzyWhole(string[] tokens)
    {
        var start = 0;
        var end = tokens.Length;
        while (start < end && PlaceTextWords.IsLeading(tokens[start])) start++;
        while (end > start && PlaceTextWords.IsTrailing(tokens[end - 1])) end--;
        if (end == start || end - start > index.MaxTokens) return null;
        return index.Fuzzy(string.Join(' ', tokens, start, end - start)) is { } hit
            ? new PlaceMatch(hit.Place, TypoConfidence(hit.Distance))
            : null;
    }

    private PlaceMatch? FuzzyAfterCues(string[] tokens)
    {
        FuzzyHit? best = null;
        for (var cue = 0; cue < tokens.Length - 1; cue++)
        {
            if (!PlaceTextWords.IsCue(tokens[cue])) continue;
            var start = cue + 1;
            while (start < tokens.Length - 1 && PlaceTextWords.IsLeading(tokens[start])) start++;
            for (var length = Math.Min(index.MaxTokens, tokens.Length - start); length >= 1; length--)
            {
                if (index.Fuzzy(string.Join(' ', tokens, start, length)) is not { } hit) continue;
                if (best is not { } current || hit.Distance < current.Distance) best = hit;
            }
        }
        return best is { } found ? new PlaceMatch(found.Place, TypoConfidence(found.Distance) * TypoInSentence) : null;
    }

    /// <summary>"wohne in X" beats "studiere in Y": the question is where members live.</summary>
    private static bool IsAfterHomeWord(string[] tokens, int cue) =>
        tokens.Take(cue).TakeLast(3).Any(PlaceTextWords.IsHomeWord);

    private static bool IsPlausibleSingleWord(string key, bool isCued) =>
        key.Length >= 3
        && !PlaceTextWords.IsLeading(key)
        && (isCued || !PlaceTextWords.IsEverydayWord(key));

    private static double TypoConfidence(int distance) => distance <= 1 ? OneTypo : TwoTypos;

    /// <summary>
    /// A name found in a sentence. Where someone lives beats a town named as near another ("Achim bei
    /// Verden"), which beats other cued mentions, which beat bare mentions; a town beats a district, a
    /// longer name a shorter one, an earlier one a later one.
    /// </summary>
    private readonly record struct SentenceHit(Place Place, bool IsCued, bool IsHome, bool IsDistrict, int Length, bool IsBeforeNear)
    {
        public bool IsBetterThan(SentenceHit other)
        {
            if (IsHome != other.IsHome) return IsHome;
            if (IsBeforeNear != other.IsBeforeNear) return IsBeforeNear;
            if (IsCued != other.IsCued) return IsCued;
            if (IsDistrict != other.IsDistrict) return !IsDistrict;
            return Length > other.Length;
        }
    }
}
