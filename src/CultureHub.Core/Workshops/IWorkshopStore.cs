namespace CultureHub.Core.Workshops;

/// <summary>Workshops, registrations and half-filled forms. Implemented by the storage adapter.</summary>
public interface IWorkshopStore
{
    Task<Workshop?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a new workshop; changes to one go through <see cref="UpdateAsync"/>.</summary>
    Task SaveAsync(Workshop workshop, CancellationToken cancellationToken);

    /// <summary>Changes the workshop as stored now (see <c>IMemberStore.UpdateAsync</c>); null from <paramref name="change"/> writes nothing.</summary>
    Task<Workshop?> UpdateAsync(string id, Func<Workshop, Workshop?> change, CancellationToken cancellationToken);

    Task<IReadOnlyList<Workshop>> AllAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Workshop>> InStateAsync(WorkshopState state, CancellationToken cancellationToken);

    Task<Registration?> GetRegistrationAsync(string workshopId, string memberId, CancellationToken cancellationToken);

    Task SaveRegistrationAsync(Registration registration, CancellationToken cancellationToken);

    Task<IReadOnlyList<Registration>> RegistrationsForAsync(string workshopId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Registration>> RegistrationsOfAsync(string memberId, CancellationToken cancellationToken);

    Task<int> DeleteRegistrationsOfAsync(string memberId, CancellationToken cancellationToken);

    Task<WorkshopDraft?> GetDraftAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveDraftAsync(WorkshopDraft draft, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string identityKey, CancellationToken cancellationToken);
}
