namespace CultureHub.Core.Commands;

/// <summary>A deep-link payload ("hub_oldenburg"), kept to the characters Telegram allows and short enough for a button id.</summary>
public static class SourcePayload
{
    public const int MaxLength = 40;

    public static string? Clean(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        var clean = new string(payload.Trim().Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').Take(MaxLength).ToArray());
        return clean.Length == 0 ? null : clean.ToLowerInvariant();
    }
}
