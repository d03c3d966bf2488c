namespace CultureHub.Core.Spaces;

/// <summary>Reads the owner's terms: free ("kostenlos", "free"), a deposit ("50 € Kaution"), or else a price in their words.</summary>
public static class ListingTermsReader
{
    private static readonly string[] FreeWords = ["kostenlos", "gratis", "umsonst", "kostenfrei", "free", "for free", "no charge", "0 €", "0€"];
    private static readonly string[] DepositWords = ["kaution", "pfand", "deposit"];

    public static ListingTerms Read(string text)
    {
        var lower = text.ToLowerInvariant();
        var kind = DepositWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? TermsKind.Deposit
            : FreeWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? TermsKind.Free
            : TermsKind.Price;
        return new ListingTerms(kind, text.Trim());
    }
}
