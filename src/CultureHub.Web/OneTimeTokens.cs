using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CultureHub.Web;

/// <summary>
/// Single-use tokens for links the bot hands out (dashboard sign-in, another device). Only a
/// SHA-256 of each token is kept, in memory: no file or log ever holds a token that could be
/// redeemed, and a restart voids open links, which is fine for minutes of validity.
/// </summary>
public sealed class OneTimeTokens<TGrant>(TimeProvider time)
    where TGrant : class
{
    private readonly ConcurrentDictionary<string, (TGrant Grant, DateTimeOffset ExpiresAt)> _open = new(StringComparer.Ordinal);

    /// <summary>A new token of 256 random bits, URL-safe, that <see cref="Redeem"/> accepts once within <paramref name="lifetime"/>.</summary>
    public string Issue(TGrant grant, TimeSpan lifetime)
    {
        Sweep();
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _open[Digest(token)] = (grant, time.GetUtcNow() + lifetime);
        return token;
    }

    /// <summary>What the token was issued for, once; null when unknown, used or expired.</summary>
    public TGrant? Redeem(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100 || !_open.TryRemove(Digest(token.Trim()), out var open))
        {
            return null;
        }

        return open.ExpiresAt > time.GetUtcNow() ? open.Grant : null;
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (digest, open) in _open)
        {
            if (open.ExpiresAt <= now)
            {
                _open.TryRemove(digest, out _);
            }
        }
    }

    private static string Digest(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
