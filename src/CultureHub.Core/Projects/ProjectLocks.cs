using CultureHub.Core.Chat;

namespace CultureHub.Core.Projects;

/// <summary>
/// One project's changes happen one at a time (an invitee's yes, the initiator's next click, the
/// sweeper), each reading the stored project afresh, so no answer overwrites another.
/// </summary>
public sealed class ProjectLocks
{
    private readonly KeyedLock _locks = new();

    public Task<IDisposable> AcquireAsync(string projectId, CancellationToken cancellationToken) =>
        _locks.AcquireAsync("project:" + projectId, cancellationToken);
}
