using CultureHub.Core.Introductions;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbIntroductionStore : IIntroductionStore
{
    private static readonly BsonExpression ByMember = BsonExpression.Create("$.memberIds[*] ANY = @0");
    private readonly DocumentCollection<Introduction> _introductions;

    public LiteDbIntroductionStore(LiteDbContext context)
    {
        _introductions = new DocumentCollection<Introduction>(context, "introductions", i => new BsonDocument
        {
            ["memberIds"] = new BsonArray(new BsonValue(i.First.MemberId), new BsonValue(i.Second.MemberId)),
            ["isOpen"] = IsOpen(i),
        }, keepsAll: true);
        _introductions.EnsureIndex("memberIds", "$.memberIds[*]");
        _introductions.EnsureIndex("isOpen");
    }

    public Task<Introduction?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_introductions.Get(id));

    public Task SaveAsync(Introduction introduction, CancellationToken cancellationToken)
    {
        _introductions.Upsert(introduction.Id, introduction);
        return Task.CompletedTask;
    }

    public Task<Introduction?> UpdateAsync(string id, Func<Introduction, Introduction?> change, CancellationToken cancellationToken) =>
        Task.FromResult(_introductions.Update(id, change));

    public Task<IReadOnlyList<Introduction>> ForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_introductions.Find(Parameterised(memberId)));

    public Task<IReadOnlyList<Introduction>> OpenAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_introductions.Find(Query.EQ("isOpen", true)));

    public Task<IReadOnlyList<Introduction>> AllAsync(CancellationToken cancellationToken) => Task.FromResult(_introductions.All());

    public Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_introductions.DeleteMany(Parameterised(memberId)));

    private static BsonExpression Parameterised(string memberId)
    {
        var expression = BsonExpression.Create(ByMember.Source);
        expression.Parameters["0"] = memberId;
        return expression;
    }

    /// <summary>Still has due work: an answer pending, or follow-ups or a relay to come.</summary>
    private static bool IsOpen(Introduction i) =>
        i.State == IntroductionState.Proposed
        || (i.State == IntroductionState.Accepted && (i.OutcomeAskedAt is null || i.IsRelayActive));
}
