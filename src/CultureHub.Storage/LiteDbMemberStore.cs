using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbMemberStore : IMemberStore
{
    private readonly DocumentCollection<Member> _members;

    public LiteDbMemberStore(LiteDbContext context)
    {
        _members = new DocumentCollection<Member>(context, "members", member => new BsonDocument
        {
            ["identityKeys"] = new BsonArray(member.Identities.Select(i => new BsonValue(i.Key))),
        }, keepsAll: true);
        _members.EnsureIndex("identityKeys", "$.identityKeys[*]");
    }

    public Task<Member?> GetAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_members.Get(memberId));

    public Task<Member?> FindByIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) =>
        Task.FromResult(_members.FindOne(BsonExpression.Create("$.identityKeys[*] ANY = @0", new BsonValue(identity.Key))));

    public Task UpsertAsync(Member member, CancellationToken cancellationToken)
    {
        _members.Upsert(member.Id, member);
        return Task.CompletedTask;
    }

    public Task<Member?> UpdateAsync(string memberId, Func<Member, Member?> change, CancellationToken cancellationToken) =>
        Task.FromResult(_members.Update(memberId, change));

    public Task<bool> DeleteAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_members.Delete(memberId));

    public Task<IReadOnlyList<Member>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_members.All());

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_members.Count());
}
