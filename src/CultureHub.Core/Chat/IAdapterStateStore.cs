namespace CultureHub.Core.Chat;

/// <summary>
/// Small durable values an adapter needs across restarts (Telegram's update offset, Discord's
/// session). Keys are namespaced by the adapter, e.g. <c>telegram:offset</c>.
/// </summary>
public interface IAdapterStateStore
{
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    Task SetAsync(string key, string value, CancellationToken cancellationToken);
}
