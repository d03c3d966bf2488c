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
}
