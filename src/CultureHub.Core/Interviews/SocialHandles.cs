using System.Text.RegularExpressions;

namespace CultureHub.Core.Interviews;

/// <summary>A profile address read from a handle, where it stood in the text, and the stretch it covered.</summary>
public sealed record HandleLink(int Index, int Length, string Url);

/// <summary>
/// Reads "@jana_fotos auf Instagram" or "Insta: @jana_fotos" as a profile address, so a handle is kept
/// instead of silently dropped. A handle whose platform is not named is reported, never guessed.
/// </summary>
public static partial class SocialHandles
{
    // Written as people name the platforms in both languages; the value is the profile address for a handle.
    private static readonly Dictionary<string, Func<string, string>> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["instagram"] = h => $"https://www.instagram.com/{h}/",
        ["insta"] = h => $"https://www.instagram.com/{h}/",
        ["ig"] = h => $"https://www.instagram.com/{h}/",
        ["tiktok"] = h => $"https://www.tiktok.com/@{h}",
        ["youtube"] = h => $"https://www.youtube.com/@{h}",
        ["soundcloud"] = h => $"https://soundcloud.com/{h}",
        ["mixcloud"] = h => $"https://www.mixcloud.com/{h}/",
        ["bandcamp"] = h => $"https://{h}.bandcamp.com/",
        ["twitch"] = h => $"https://www.twitch.tv/{h}",
        ["threads"] = h => $"https://www.threads.net/@{h}",
        ["twitter"] = h => $"https://x.com/{h}",
        ["bluesky"] = h => $"https://bsky.app/profile/{h}",
        ["bsky"] = h => $"https://bsky.app/profile/{h}",
        ["facebook"] = h => $"https://www.facebook.com/{h}",
    };

    /// <summary>Every handle whose platform the text names, and every fediverse address (@name@server).</summary>
    public static IReadOnlyList<HandleLink> ReadLinks(string text)
    {
        var found = new List<HandleLink>();
        foreach (Match match in Fediverse().Matches(text))
        {
            var url = $"https://{match.Groups["host"].Value.TrimEnd('.')}/@{match.Groups["user"].Value}";
            found.Add(new HandleLink(match.Index, match.Length, url));
        }

        foreach (var match in HandleThenPlatform().Matches(text).Concat(PlatformThenHandle().Matches(text)))
        {
            if (found.Any(f => Overlaps(f, match)))
            {
                continue;
            }

            var handle = match.Groups["handle"].Value.TrimEnd('.');
            var url = Profiles[match.Groups["platform"].Value](handle);
            found.Add(new HandleLink(match.Index, match.Length, url));
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>Handles left over once the named ones are read: "@tompixel" alone names no platform.</summary>
    public static IReadOnlyList<string> Unplaced(string text, IReadOnlyList<HandleLink> read) =>
        Handle().Matches(text)
            .Where(m => !read.Any(r => Overlaps(r, m)))
            .Select(m => "@" + m.Groups["handle"].Value.TrimEnd('.'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The text with every handle and fediverse address blanked out (same length), so "@band.music" is never a web site.</summary>
    public static string WithoutHandles(string text) =>
        Handle().Replace(Fediverse().Replace(text, Blank), Blank);

    private static string Blank(Match match) => new(' ', match.Length);

    private static bool Overlaps(HandleLink link, Match match) =>
        match.Index < link.Index + link.Length && link.Index < match.Index + match.Length;

    private const string HandleGroup = @"(?<![\w@/.])@(?<handle>[A-Za-z0-9_](?:[\w.\-]{0,38}[\w])?)";

    private const string Platforms = "instagram|insta|ig|tiktok|youtube|soundcloud|mixcloud|bandcamp|twitch|threads|twitter|bluesky|bsky|facebook";

    [GeneratedRegex(HandleGroup + @"\s*[(,\-–:]?\s*(?:(?:on|auf|bei|at|via|im|in|über|over)\s+)?(?<platform>" + Platforms + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex HandleThenPlatform();

    [GeneratedRegex(@"\b(?<platform>" + Platforms + @")\b\s*[:\-–]?\s*(?:(?:ist|is|unter|as|als|heißt|heisst)\s+)?" + HandleGroup, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PlatformThenHandle();

    [GeneratedRegex(@"(?<![\w@/.])@(?<user>[A-Za-z0-9_]{1,30})@(?<host>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Fediverse();

    [GeneratedRegex(HandleGroup, RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Handle();
}
