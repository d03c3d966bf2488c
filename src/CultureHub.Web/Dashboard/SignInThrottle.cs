using System.Collections.Concurrent;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// Slows down password guessing: after 5 failed sign-ins for one user name from one address, or 30
/// from one address in all, that address waits 15 minutes. Successful sign-ins never count.
/// </summary>
public sealed class SignInThrottle(TimeProvider time)
{
    public const int MaxFailuresPerName = 5;
    public const int MaxFailuresPerAddress = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    public bool IsBlocked(string address, string? userName) =>
        Count(Key(address, userName)) >= MaxFailuresPerName || Count(address) >= MaxFailuresPerAddress;

    public void RecordFailure(string address, string? userName)
    {
        Add(Key(address, userName));
        Add(address);
    }

    private static string Key(string address, string? userName) => $"{address}|{(userName ?? string.Empty).Trim().ToLowerInvariant()}";

    private int Count(string key) =>
        _failures.TryGetValue(key, out var failures) && time.GetUtcNow() - failures.Since < Window ? failures.Count : 0;

    private void Add(string key) => _failures.AddOrUpdate(
        key,
        _ => new Failures(time.GetUtcNow(), 1),
        (_, old) => time.GetUtcNow() - old.Since < Window ? old with { Count = old.Count + 1 } : new Failures(time.GetUtcNow(), 1));

    private sealed record Failures(DateTimeOffset Since, int Count);
}
