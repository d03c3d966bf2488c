using System.Text.RegularExpressions;

namespace CultureHub.Llm.Matching;

/// <summary>
/// What the model may tell one member about another. A crafted bio can steer the model into writing
/// a link, an e-mail address, an @handle or a phone number, which would read as if CultureHub
/// recommended it. Such a reason is refused, and the caller shows the offline reason instead;
/// a refusal too many (a date read as a phone number) costs only the model's wording.
/// </summary>
public static partial class ModelReasons
{
    public const int MaxLength = 400;

    /// <summary>The reason to show, trimmed and shortened; null when it is empty or carries contact data.</summary>
    public static string? Accept(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason) || HasContactData(reason))
        {
            return null;
        }

        var text = reason.Trim();
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }

    /// <summary>True also when the text is too tangled to check in time: unchecked is refused.</summary>
    public static bool HasContactData(string text)
    {
        try
        {
            return Url().IsMatch(text) || Domain().IsMatch(text) || Email().IsMatch(text) || Handle().IsMatch(text) || HasPhoneNumber(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>Seven to fifteen digits after a + or a leading 0, in any grouping; dates do not count.</summary>
    private static bool HasPhoneNumber(string text)
    {
        foreach (Match candidate in PhoneCandidate().Matches(text))
        {
            var digits = candidate.Value.Count(char.IsAsciiDigit);
            if (digits is >= 7 and <= 15 && !Date().IsMatch(candidate.Value.Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The model's text runs through these patterns: a bound keeps a pathological reason from stalling a round (it is refused).</summary>
    private const int MatchTimeoutMs = 1000;

    [GeneratedRegex(@"(?i)\b(?:https?|ftp)\s*:\s*/\s*/|\bwww\s*\.|\b(?:www|https?)\s*\[\.\]", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Url();

    /// <summary>
    /// Bare domains (bandcamp.com, t.me/x, discord.gg/x), also written out as "[.]" or " dot ". The
    /// ending must be lower case, so a missing space after a full stop ("Band.Es") is not a domain.
    /// </summary>
    [GeneratedRegex(@"\b[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.|\s*\[\.\]\s*|\s*\(\.\)\s*|\s+(?i:dot|punkt)\s+|\s*\[(?i:dot|punkt)\]\s*)(?:com|net|org|de|eu|info|io|me|ly|gg|app|co|uk|at|ch|nl|fm|tv|link|site|online|shop|xyz|page|dev|biz|to|us|be|fr|art|music|band|studio|social|live|club)\b", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Domain();

    /// <summary>name@host, and spelled out: name [at] host, name at host dot de.</summary>
    [GeneratedRegex(@"[\p{L}\d._%+-]+\s*(?:@|(?i:\[at\]|\(at\)|\{at\})|\s(?i:at|ät)\s(?=[\p{L}\d-]+(?:\.|\s*\[\.\]\s*|\s(?i:dot|punkt)\s)[a-z]{2,6}\b))\s*[\p{L}\d-]+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\d_])@[\p{L}\d_][\p{L}\d_.]*", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Handle();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\+\s?\d|\(?0)[\d\s()/.\-–]{5,}\d", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Date();
}
