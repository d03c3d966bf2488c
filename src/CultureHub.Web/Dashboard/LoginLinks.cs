using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Insights;
using CultureHub.Core.Workshops;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Single-use sign-in links for staff, asked for with /dashboard in the chat. The token sits in the
/// link's fragment (<c>/dashboard/link#TOKEN</c>), so it never reaches a server log, a proxy or a
/// Referer; the page posts it with an antiforgery token. Only a SHA-256 of each token is kept,
/// in memory: a restart voids open links, which is fine for ten minutes of validity.
/// </summary>
public sealed class LoginLinks(IOptions<DashboardOptions> options, IOptions<WebChatOptions> web, HubDirectory hubs, TimeProvider time) : IDashboardLinks
{
    private readonly ConcurrentDictionary<string, (DashboardUser User, DateTimeOffset ExpiresAt)> _open = new(StringComparer.Ordinal);

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

        Sweep();
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _open[Digest(token)] = (new DashboardUser(key, allowed), time.GetUtcNow().AddMinutes(options.Value.LinkLifetimeMinutes));
        var baseUrl = (options.Value.PublicUrl ?? web.Value.Url).TrimEnd('/');
        return new Uri($"{baseUrl}/dashboard/link#{token}", UriKind.Absolute);
    }

    /// <summary>The user the token was issued for, once; null when unknown, used or expired.</summary>
    public DashboardUser? Redeem(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || !_open.TryRemove(Digest(token.Trim()), out var grant))
        {
            return null;
        }

        return grant.ExpiresAt > time.GetUtcNow() ? grant.User : null;
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (digest, grant) in _open)
        {
            if (grant.ExpiresAt <= now)
            {
                _open.TryRemove(digest, out _);
            }
        }
    }

    private static string Digest(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
