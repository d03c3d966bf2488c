namespace CultureHub.Discord.Rest;

/// <summary>
/// A request path plus the key its rate limit is counted under: the route template with the
/// major parameter (channel, guild, webhook + token) kept, every other id replaced.
/// </summary>
public sealed record RestRoute(HttpMethod Method, string Path)
{
    private static readonly string[] MajorRoots = ["channels", "guilds", "webhooks", "interactions"];

    /// <summary>Interaction callbacks have their own limits and must never wait behind other routes.</summary>
    public bool IsInteractionCallback => Path.StartsWith("interactions/", StringComparison.Ordinal);

    /// <summary>Interaction responses and follow-ups are not bound to the global limit.</summary>
    public bool IsExemptFromGlobalLimit => IsInteractionCallback || Path.StartsWith("webhooks/", StringComparison.Ordinal);

    public string MajorParameter
    {
        get
        {
            var segments = Segments;
            if (segments.Length < 2 || !MajorRoots.Contains(segments[0]))
            {
                return string.Empty;
            }

            // webhook id + token and interaction id + token identify one major resource each
            return segments[0] is "webhooks" or "interactions" && segments.Length > 2
                ? $"{segments[1]}/{segments[2]}"
                : segments[1];
        }
    }

    /// <summary>E.g. <c>POST channels/{major}/messages</c>; ids below the major one become <c>{id}</c>.</summary>
    public string RouteKey
    {
        get
        {
            var segments = Segments;
            var majorLength = segments.Length > 0 && segments[0] is "webhooks" or "interactions" ? 3 : 2;
            var isMajorRoute = segments.Length > 0 && MajorRoots.Contains(segments[0]);
            var parts = segments.Select((segment, index) =>
                isMajorRoute && index > 0 && index < majorLength ? "{major}"
                : segment.All(char.IsAsciiDigit) ? "{id}"
                : segment);
            return $"{Method.Method} {string.Join('/', parts)}";
        }
    }

    private string[] Segments => Path.Split('?', 2)[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
}
