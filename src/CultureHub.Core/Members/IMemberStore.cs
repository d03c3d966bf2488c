namespace CultureHub.Core.Members;

/// <summary>Where members live. Implemented by the storage adapter.</summary>
public interface IMemberStore
{
    Task<Member?> GetAsync(string memberId, CancellationToken cancellationToken);

    Task<Member?> FindByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken);

    /// <summary>Stores a new member or replaces one as a whole (interview, import); other changes go through <see cref="UpdateAsync"/>.</summary>
    Task UpsertAsync(Member member, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the member as stored at this moment, with no other write in between, so a chat handler
    /// and a job changing different fields both keep their change. <paramref name="change"/> returns
    /// null for "nothing to change". Returns the member as stored afterwards, or null when there is none.
    /// </summary>
    Task<Member?> UpdateAsync(string memberId, Func<Member, Member?> change, CancellationToken cancellationToken);

    /// <summary>Erases the member. Returns false when there was no such member.</summary>
    Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
