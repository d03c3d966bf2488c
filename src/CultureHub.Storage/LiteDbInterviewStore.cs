using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Storage;

public sealed class LiteDbInterviewStore(LiteDbContext context) : IInterviewStore
{
    private readonly DocumentCollection<InterviewSession> _sessions = new(context, "interviews");

    public Task<InterviewSession?> GetAsync(string identityKey, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.Get(identityKey));

    public Task SaveAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        _sessions.Upsert(session.IdentityKey, session);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string identityKey, CancellationToken cancellationToken)
    {
        _sessions.Delete(identityKey);
        return Task.CompletedTask;
    }
}
