using CultureHub.Core.Workshops;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbWorkshopStore : IWorkshopStore
{
    private readonly DocumentCollection<Workshop> _workshops;
    private readonly DocumentCollection<Registration> _registrations;
    private readonly DocumentCollection<WorkshopDraft> _drafts;

    public LiteDbWorkshopStore(LiteDbContext context)
    {
        _workshops = new DocumentCollection<Workshop>(context, "workshops", w => new BsonDocument { ["state"] = w.State.ToString() });
        _registrations = new DocumentCollection<Registration>(context, "workshop_registrations");
        _drafts = new DocumentCollection<WorkshopDraft>(context, "workshop_drafts");
        _workshops.EnsureIndex("state");
        _registrations.EnsureIndex("workshopId");
        _registrations.EnsureIndex("memberId");
    }

    public Task<Workshop?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_workshops.Get(id));

    public Task SaveAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        _workshops.Upsert(workshop.Id, workshop);
        return Task.CompletedTask;
    }

    public Task<Workshop?> UpdateAsync(string id, Func<Workshop, Workshop?> change, CancellationToken cancellationToken) =>
        Task.FromResult(_workshops.Update(id, change));

    public Task<IReadOnlyList<Workshop>> AllAsync(CancellationToken cancellationToken) => Task.FromResult(_workshops.All());

    public Task<IReadOnlyList<Workshop>> InStateAsync(WorkshopState state, CancellationToken cancellationToken) =>
        Task.FromResult(_workshops.Find(Query.EQ("state", state.ToString())));

    public Task<Registration?> GetRegistrationAsync(string workshopId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_registrations.Get(Registration.Key(workshopId, memberId)));

    public Task SaveRegistrationAsync(Registration registration, CancellationToken cancellationToken)
    {
        _registrations.Upsert(registration.Id, registration);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Registration>> RegistrationsForAsync(string workshopId, CancellationToken cancellationToken) =>
        Task.FromResult(_registrations.Find(Query.EQ("workshopId", workshopId)));

    public Task<IReadOnlyList<Registration>> RegistrationsOfAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_registrations.Find(Query.EQ("memberId", memberId)));

    public Task<int> DeleteRegistrationsOfAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_registrations.DeleteMany(Query.EQ("memberId", memberId)));

    public Task<WorkshopDraft?> GetDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.FromResult(_drafts.Get(identityKey));

    public Task SaveDraftAsync(WorkshopDraft draft, CancellationToken cancellationToken)
    {
        _drafts.Upsert(draft.IdentityKey, draft);
        return Task.CompletedTask;
    }

    public Task DeleteDraftAsync(string identityKey, CancellationToken cancellationToken)
    {
        _drafts.Delete(identityKey);
        return Task.CompletedTask;
    }
}
