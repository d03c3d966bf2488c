using System.ComponentModel.DataAnnotations;

namespace CultureHub.Web;

public sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>Where Kestrel listens. Port 0 takes a free port (tests).</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Messages kept per visitor until the page fetches them.</summary>
    [Range(1, 1000)]
    public int InboxCapacity { get; set; } = 100;

    /// <summary>Chat API requests one visitor may make per minute (a burst of that many, then evenly); the page polls its inbox 15 times a minute.</summary>
    [Range(1, 100_000)]
    public int VisitorRequestsPerMinute { get; set; } = 60;

    /// <summary>Chat API requests per minute from one address, all its visitors together (a hub's Wi-Fi during a workshop).</summary>
    [Range(1, 1_000_000)]
    public int AddressRequestsPerMinute { get; set; } = 600;

    /// <summary>How long a /device link stays valid.</summary>
    [Range(1, 60)]
    public int DeviceLinkMinutes { get; set; } = 10;
}
