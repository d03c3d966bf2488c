using CultureHub.Core.Projects;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>Projects (indexed by everyone they name, and by whether due work remains) and /project drafts.</summary>
public sealed class LiteDbProjectStore : IProjectStore
{
    private static readonly BsonExpression ByMember = BsonExpression.Create("$.memberIds[*] ANY = @0");
    private readonly DocumentCollection<Project> _projects;
    private readonly DocumentCollection<ProjectDraft> _drafts;

    public LiteDbProjectStore(LiteDbContext context)
    {
        _projects = new DocumentCollection<Project>(context, "projects", p => new BsonDocument
        {
            ["memberIds"] = new BsonArray(p.MemberIds.Select(id => new BsonValue(id))),
            ["isOpen"] = IsOpen(p),
        });
        _projects.EnsureIndex("memberIds", "$.memberIds[*]");
        _projects.EnsureIndex("isOpen");
        _drafts = new DocumentCollection<ProjectDraft>(context, "project_drafts");
    }

    public Task<Project?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_projects.Get(id));

    public Task SaveAsync(Project project, CancellationToken cancellationToken)
    {
        _projects.Upsert(project.Id, project);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Project>> ForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_projects.Find(Parameterised(memberId)));

    public Task<IReadOnlyList<Project>> OpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_projects.Find(Query.EQ("isOpen", true)));

    public Task<IReadOnlyList<Project>> AllAsync(CancellationToken cancellationToken) => Task.FromResult(_projects.All());

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_projects.Delete(id));

    public Task<ProjectDraft?> GetDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.FromResult(_drafts.Get(identityKey));

    public Task SaveDraftAsync(ProjectDraft draft, CancellationToken cancellationToken)
    {
        _drafts.Upsert(draft.IdentityKey, draft);
        return Task.CompletedTask;
    }

    public Task DeleteDraftAsync(string identityKey, CancellationToken cancellationToken)
    {
        _drafts.Delete(identityKey);
        return Task.CompletedTask;
    }

    private static BsonExpression Parameterised(string memberId)
    {
        var expression = BsonExpression.Create(ByMember.Source);
        expression.Parameters["0"] = memberId;
        return expression;
    }

    /// <summary>Still has due work: open, or started and the outcome question not asked yet.</summary>
    private static bool IsOpen(Project p) => p.IsOpen || (p.StartedAt is not null && p.OutcomeAskedAt is null);
}
