using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Commands;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Visitors;

/// <summary>
/// One-time links that carry a visitor's identity to another device (<c>/device</c>). The token
/// sits in the fragment of the chat page's address (<c>/#device=TOKEN</c>), so it never reaches a
/// server log, a proxy or a Referer; the page posts it to <c>/api/chat/device</c>.
/// </summary>
public sealed class DeviceLinks(PublicAddress address, IOptions<WebChatOptions> options, TimeProvider time) : IDeviceLinks
{
    private readonly OneTimeTokens<string> _tokens = new(time);

    public int LifetimeMinutes => options.Value.DeviceLinkMinutes;

    public Uri? Issue(PlatformIdentity identity)
    {
        if (identity.Platform != ChatPlatform.Web)
        {
            return null;
        }

        var token = _tokens.Issue(identity.UserId, TimeSpan.FromMinutes(LifetimeMinutes));
        return new Uri($"{address.BaseUrl}/#device={token}", UriKind.Absolute);
    }

    /// <summary>The visitor id the link was issued for, once; null when unknown, used or expired.</summary>
    public string? Redeem(string? token) => _tokens.Redeem(token);
}
