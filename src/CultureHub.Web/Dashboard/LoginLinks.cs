using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Insights;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Single-use sign-in links for staff, asked for with /dashboard in the chat. The token sits in the
/// link's fragment (<c>/dashboard/link#TOKEN</c>), so it never reaches a server log, a proxy or a
/// Referer; the page posts it with an antiforgery token.
/// </summary>
public sealed class LoginLinks(IOptions<DashboardOptions> options, PublicAddress address, HubDirectory hubs, TimeProvider time) : IDashboardLinks
{
    private readonly OneTimeTokens<DashboardUser> _tokens = new(time);

    public Uri? Issue(PlatformIdentity identity)
    {
        var key = identity.Key;
        var allowed = options.Value.StaffIdentities.Contains(key, StringComparer.OrdinalIgnoreCase)
            ? [DashboardUser.AllHubs]
            : hubs.StaffedBy(key).Select(h => h.Id).ToList();
        if (allowed.Count == 0)
        {
            return null;
        }

        var token = _tokens.Issue(new DashboardUser(key, allowed), TimeSpan.FromMinutes(options.Value.LinkLifetimeMinutes));
        return new Uri($"{address.BaseUrl}/dashboard/link#{token}", UriKind.Absolute);
    }

    /// <summary>The user the token was issued for, once; null when unknown, used or expired.</summary>
    public DashboardUser? Redeem(string? token) => _tokens.Redeem(token);
}
