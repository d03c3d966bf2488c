namespace CultureHub.Core.Chat;

/// <summary>
/// How long to wait after failures in a row. The policy itself lives with the adapters' retries
/// (CultureHub.Resilience) so that the outbox and the adapters back off alike; the outbox only asks,
/// with its own first and longest wait, and persists the answer as the item's next attempt.
/// </summary>
public interface IRetryBackoff
{
    /// <summary>The wait before attempt <paramref name="failures"/> + 1, growing from <paramref name="first"/>, never above <paramref name="max"/>.</summary>
    TimeSpan After(int failures, TimeSpan first, TimeSpan max);
}
