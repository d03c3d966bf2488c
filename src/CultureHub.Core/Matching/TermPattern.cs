namespace CultureHub.Core.Matching;

/// <summary>One step of a pattern: a stem to meet exactly, or the start of a word.</summary>
internal readonly record struct PatternStep(string Value, bool IsPrefix);

/// <summary>A synonym or phrasing of a taxonomy entry (or a cue), compiled into analysed steps.</summary>
internal sealed record TermPattern(string TargetId, PatternStep[] Steps, double Weight)
{
    public int Length { get; } = Steps.Sum(s => s.Value.Length);
}

/// <summary>Where a pattern met the text.</summary>
internal readonly record struct PatternHit(TermPattern Pattern, int Start, int End, bool IsViaSubword, string Surface, bool IsViaModifier = false)
{
    /// <summary>The words the pattern stepped over ("spiele gern Bass"), one bit per position after <see cref="Start"/>.</summary>
    public int Skipped { get; init; }

    /// <summary>Whether the pattern met the word at <paramref name="position"/> rather than stepping over it.</summary>
    public bool Covers(int position) => position >= Start && position <= End && (position == Start || (Skipped & (1 << (position - Start - 1))) == 0);
}
