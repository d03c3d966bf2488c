namespace CultureHub.Core.Members;

/// <summary>The languages CultureHub speaks. German first.</summary>
public enum Language
{
    De,
    En,
}

public static class LanguageCodes
{
    public static string ToCode(this Language language) => language == Language.En ? "en" : "de";

    /// <summary>Reads "de", "en", "en-GB", "English", "deutsch"; anything else is null.</summary>
    public static Language? Parse(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var c = code.Trim().ToLowerInvariant();
        if (c.StartsWith("en", StringComparison.Ordinal))
        {
            return Language.En;
        }

        return c.StartsWith("de", StringComparison.Ordinal) ? Language.De : null;
    }
}
