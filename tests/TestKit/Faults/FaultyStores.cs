using CultureHub.Core.Chat;
using CultureHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.TestKit.Faults;

/// <summary>The web chat's mailbox with faults on delivery to chosen recipients (keys like <c>web:anna</c>).</summary>
public sealed class FaultyMailbox(IMailboxStore inner, FaultSwitch faults) : IMailboxStore
{
    public async Task EnqueueAsync(string recipientKey, ChatReply message, int capacity, CancellationToken cancellationToken)
    {
        await faults.ApplyAsync(recipientKey, cancellationToken);
        await inner.EnqueueAsync(recipientKey, message, capacity, cancellationToken);
    }

    public Task<IReadOnlyList<ChatReply>> DrainAsync(string recipientKey, CancellationToken cancellationToken) => inner.DrainAsync(recipientKey, cancellationToken);

    public Task DeleteAsync(string recipientKey, CancellationToken cancellationToken) => inner.DeleteAsync(recipientKey, cancellationToken);

    public Task<int> WithdrawAboutAsync(string memberId, CancellationToken cancellationToken) => inner.WithdrawAboutAsync(memberId, cancellationToken);
}

/// <summary>The outbox with faults when chosen messages (by intent key) are recorded: a crash between two steps.</summary>
public sealed class FaultyOutbox(IOutboxStore inner, FaultSwitch faults) : IOutboxStore
{
    public async Task<bool> TryAddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        await faults.ApplyAsync(item.Key, cancellationToken);
        return await inner.TryAddAsync(item, cancellationToken);
    }

    public Task<OutboxItem?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public Task SaveAsync(OutboxItem item, CancellationToken cancellationToken) => inner.SaveAsync(item, cancellationToken);

    public Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) => inner.DueAsync(now, max, cancellationToken);

    public Task<IReadOnlyList<OutboxItem>> ForMemberAsync(string memberId, IReadOnlyList<string> identityKeys, CancellationToken cancellationToken) =>
        inner.ForMemberAsync(memberId, identityKeys, cancellationToken);

    public Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken) => inner.DeleteForMemberAsync(memberId, cancellationToken);

    public Task<int> DeleteForIdentityAsync(string identityKey, CancellationToken cancellationToken) => inner.DeleteForIdentityAsync(identityKey, cancellationToken);

    public Task<int> PurgeSettledAsync(DateTimeOffset settledBefore, CancellationToken cancellationToken) => inner.PurgeSettledAsync(settledBefore, cancellationToken);
}

public static class FaultInjection
{
    /// <summary>Puts the faulty decorators around the real LiteDB stores of a host under test.</summary>
    public static IServiceCollection AddFaults(this IServiceCollection services, FaultSwitch? mailbox = null, FaultSwitch? outbox = null)
    {
        if (mailbox is not null)
        {
            services.Replace(ServiceDescriptor.Singleton<IMailboxStore>(sp => new FaultyMailbox(ActivatorUtilities.CreateInstance<LiteDbMailboxStore>(sp), mailbox)));
        }

        if (outbox is not null)
        {
            services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(sp => new FaultyOutbox(ActivatorUtilities.CreateInstance<LiteDbOutboxStore>(sp), outbox)));
        }

        return services;
    }
}
