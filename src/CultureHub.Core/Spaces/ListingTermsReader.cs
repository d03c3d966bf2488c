using System.Globalization;
using System.Text.RegularExpressions;

namespace CultureHub.Core.Spaces;

/// <summary>
/// Reads the owner's terms: a deposit ("50 € Kaution"), free ("kostenlos", "free", "0 €"), or else a price
/// in their words. An amount above zero is never free, so "10 € pro Tag" is a price and "kostenlos für
/// Mitglieder, sonst 5 €" keeps its text.
/// </summary>
public static partial class ListingTermsReader
{
    private static readonly string[] DepositWords = ["kaution", "pfand", "deposit"];

    public static ListingTerms Read(string text)
    {
        var lower = text.ToLowerInvariant();
        var amounts = Amount().Matches(lower).Select(m => decimal.Parse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture)).ToList();
        var kind = DepositWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? TermsKind.Deposit
            : amounts.Any(a => a > 0) ? TermsKind.Price
            : FreeWord().IsMatch(lower) || amounts.Count > 0 ? TermsKind.Free
            : TermsKind.Price;
        return new ListingTerms(kind, text.Trim());
    }

    [GeneratedRegex(@"\b(?:kostenlos|gratis|umsonst|kostenfrei|free|no charge)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FreeWord();

    /// <summary>"10 €", "€10", "12,50 EUR", "5 euro".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,6}(?:[.,]\d{1,2})?)\s?(?:€|eur\b|euro)|(?:€|eur\b)\s?(?<n>\d{1,6}(?:[.,]\d{1,2})?)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Amount();
}
