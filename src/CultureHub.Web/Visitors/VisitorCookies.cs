using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CultureHub.Web.Visitors;

/// <summary>
/// Who a web-chat visitor is: a random id the server chooses, kept by the browser in an HttpOnly,
/// SameSite=Strict cookie sealed with the server's Data Protection keys. Nothing a request names
/// can stand in for it — no "user" field, no id pasted into a cookie by hand: an id read in the
/// database or a log is useless without the keys. Each answer renews the cookie, so a member who
/// keeps chatting keeps their identity.
/// </summary>
public sealed class VisitorCookies(IDataProtectionProvider protection, PublicAddress address)
{
    public const string CookieName = "culturehub.visitor";

    /// <summary>Browsers cap cookie lifetimes at 400 days.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(400);

    private static readonly object ItemKey = new();

    private readonly IDataProtector _protector = protection.CreateProtector("CultureHub.WebChat.Visitor");

    /// <summary>The visitor id of this request, or null when it carries no valid cookie.</summary>
    public string? Find(HttpContext http)
    {
        if (http.Items.TryGetValue(ItemKey, out var known))
        {
            return (string?)known;
        }

        var id = Unseal(http.Request.Cookies[CookieName]);
        http.Items[ItemKey] = id;
        return id;
    }

    /// <summary>The visitor id of this request; a new visitor with a fresh cookie when there is none.</summary>
    public string FindOrIssue(HttpContext http)
    {
        var id = Find(http) ?? WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        Attach(http, id);
        return id;
    }

    /// <summary>Makes this response carry the cookie of <paramref name="visitorId"/> (a new one, a renewed one, or one brought from another device).</summary>
    public void Attach(HttpContext http, string visitorId)
    {
        http.Response.Cookies.Append(CookieName, _protector.Protect(visitorId), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = address.RequiresSecureCookies(http),
            Path = "/",
            MaxAge = Lifetime,
            IsEssential = true,
        });
        http.Items[ItemKey] = visitorId;
    }

    /// <summary>The visitor id sealed in a cookie value; null for anything the keys did not seal.</summary>
    public string? Unseal(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie) || cookie.Length > 512)
        {
            return null;
        }

        try
        {
            var id = _protector.Unprotect(cookie);
            return id.Length is > 0 and <= 64 ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
