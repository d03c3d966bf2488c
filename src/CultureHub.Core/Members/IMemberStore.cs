using CultureHub.Core.Chat;

namespace CultureHub.Core.Members;

/// <summary>Where members live. Implemented by the storage adapter.</summary>
public interface IMemberStore
{
    Task<Member?> GetAsync(string memberId, CancellationToken cancellationToken);

    Task<Member?> FindByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken);

    Task UpsertAsync(Member member, CancellationToken cancellationToken);

    /// <summary>Erases the member. Returns false when there was no such member.</summary>
    Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
